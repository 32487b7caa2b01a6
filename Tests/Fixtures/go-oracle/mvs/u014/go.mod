module example.com/mvs14/main

go 1.16

require (
	example.com/mvs14/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs14/m1/v2 v2.1.1-beta.1
	example.com/mvs14/m11 v1.2.0
	example.com/mvs14/m12 v1.10.0
	example.com/mvs14/m2 v1.10.0
	example.com/mvs14/m3 v1.2.0-rc.1
	example.com/mvs14/m4 v3.0.0+incompatible
	example.com/mvs14/m8 v1.10.0
)

replace example.com/mvs14/m9 => example.com/mvs14/m9 v1.1.0
