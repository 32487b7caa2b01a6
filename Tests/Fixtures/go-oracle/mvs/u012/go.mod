module example.com/mvs12/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs12/m1 v3.0.0+incompatible
	example.com/mvs12/m3 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs12/m4 v0.2.0
	example.com/mvs12/m8 v1.2.0
)
