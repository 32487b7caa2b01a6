module example.com/mvs15/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs15/m0 v3.0.0+incompatible
	example.com/mvs15/m1 v1.2.0-rc.1
	example.com/mvs15/m10 v1.10.0
	example.com/mvs15/m2 v1.2.0
	example.com/mvs15/m3 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs15/m4 v1.10.0
	example.com/mvs15/m5 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs15/m6 v1.10.0
	example.com/mvs15/m7 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs15/m8 v1.1.0
	example.com/mvs15/m9/v2 v2.0.0
)

replace example.com/mvs15/m2 v1.1.0 => example.com/mvs15/m2 v0.10.0
