module example.com/mvs9/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs9/m0/v2 v2.1.1-beta.1
	example.com/mvs9/m1 v1.2.0-rc.1
	example.com/mvs9/m3 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs9/m4 v1.2.0
	example.com/mvs9/m5 v1.2.0-rc.1
	example.com/mvs9/m6 v1.2.0
)
