module example.com/mvs76/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs76/m0 v1.2.0
	example.com/mvs76/m1 v0.10.0
	example.com/mvs76/m2 v0.1.0
	example.com/mvs76/m3 v3.0.0+incompatible
	example.com/mvs76/m4 v0.10.0
	example.com/mvs76/m5 v1.2.1-0.20240102030405-abcdefabcdef
)

replace example.com/mvs76/m4 v0.10.0 => example.com/mvs76/m4 v0.10.0
