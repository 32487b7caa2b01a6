module example.com/mvs44/main

go 1.22.0

toolchain go1.23.5

require example.com/mvs44/m11 v3.0.0+incompatible

exclude example.com/mvs44/m10 v1.0.0
