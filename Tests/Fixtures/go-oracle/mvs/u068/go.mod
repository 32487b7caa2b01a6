module example.com/mvs68/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs68/m1 v1.10.0
	example.com/mvs68/m10/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs68/m11 v1.2.0-rc.1
	example.com/mvs68/m12 v1.10.0
	example.com/mvs68/m4/v2 v2.0.0
	example.com/mvs68/m5 v1.10.0
	example.com/mvs68/m6 v0.10.0
	example.com/mvs68/m7 v0.1.0
	example.com/mvs68/m9 v1.2.0
)

exclude example.com/mvs68/m8 v0.2.0
