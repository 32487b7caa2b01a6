module example.com/mvs22/main

go 1.22.0

toolchain go1.23.5

require example.com/mvs22/m1/v2 v2.1.1-beta.1

replace example.com/mvs22/m0/v2 => example.com/mvs22/m0/v2 v2.1.1-beta.1
