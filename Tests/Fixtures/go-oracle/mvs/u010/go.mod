module example.com/mvs10/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs10/m0 v1.10.0
	example.com/mvs10/m1 v1.10.0
	example.com/mvs10/m2 v3.0.0+incompatible
	example.com/mvs10/m3 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs10/m4 v1.10.0
	example.com/mvs10/m5 v0.1.0
	example.com/mvs10/m6/v2 v2.1.1-beta.1
	example.com/mvs10/m7 v1.10.0
	example.com/mvs10/m8 v1.2.0
	example.com/mvs10/m9/v2 v2.1.1-beta.1
)

replace example.com/mvs10/m4 => example.com/mvs10/m4 v1.10.0
