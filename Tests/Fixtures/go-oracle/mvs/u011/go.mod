module example.com/mvs11/main

go 1.22.0

toolchain go1.23.5

require example.com/mvs11/m3 v3.0.0+incompatible

replace example.com/mvs11/m8 => example.com/mvs11/m8 v0.1.0
