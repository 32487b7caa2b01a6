module example.com/mvs2/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs2/m1 v0.10.0
	example.com/mvs2/m2 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs2/m3/v2 v2.1.1-beta.1
)
