module example.com/mvs47/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs47/m0 v1.2.0
	example.com/mvs47/m1 v3.0.0+incompatible
	example.com/mvs47/m2 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs47/m3 v1.10.0
	example.com/mvs47/m4 v1.0.0
	example.com/mvs47/m6 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs47/m7 v3.0.0+incompatible
	example.com/mvs47/m8 v1.2.0
)
