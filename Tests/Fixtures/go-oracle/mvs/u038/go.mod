module example.com/mvs38/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs38/m0/v2 v2.1.0
	example.com/mvs38/m1/v2 v2.1.1-beta.1
	example.com/mvs38/m10 v3.0.0+incompatible
	example.com/mvs38/m11 v3.0.0+incompatible
	example.com/mvs38/m12 v3.0.0+incompatible
	example.com/mvs38/m13 v0.10.0
	example.com/mvs38/m2 v1.10.0
	example.com/mvs38/m3 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs38/m4 v1.2.0
	example.com/mvs38/m5 v0.10.0
	example.com/mvs38/m6 v3.0.0+incompatible
	example.com/mvs38/m7 v1.10.0
	example.com/mvs38/m8 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs38/m9/v2 v2.0.1-0.20240203040506-0123456789ab
)
