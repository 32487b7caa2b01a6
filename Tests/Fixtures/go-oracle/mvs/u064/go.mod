module example.com/mvs64/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs64/m11 v1.0.0
	example.com/mvs64/m2 v0.2.0
	example.com/mvs64/m3 v3.0.0+incompatible
	example.com/mvs64/m4/v2 v2.1.1-beta.1
	example.com/mvs64/m5/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs64/m7 v1.10.0
	example.com/mvs64/m8/v2 v2.1.0
	example.com/mvs64/m9 v1.2.1-0.20240102030405-abcdefabcdef
)

exclude example.com/mvs64/m1 v0.2.0
