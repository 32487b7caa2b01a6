module example.com/mvs29/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs29/m0 v1.2.0-rc.1
	example.com/mvs29/m1 v1.10.0
	example.com/mvs29/m10 v1.1.0
	example.com/mvs29/m3 v1.10.0
	example.com/mvs29/m4 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs29/m7 v1.2.0-rc.1
	example.com/mvs29/m8 v1.2.1-0.20240102030405-abcdefabcdef
)
