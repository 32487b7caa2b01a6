module example.com/mvs27/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs27/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs27/m1 v1.2.0
	example.com/mvs27/m2 v0.2.0
	example.com/mvs27/m6 v3.0.0+incompatible
)
