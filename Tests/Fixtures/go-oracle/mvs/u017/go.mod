module example.com/mvs17/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs17/m1 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs17/m2 v1.2.0
	example.com/mvs17/m5 v3.0.0+incompatible
	example.com/mvs17/m6 v3.0.0+incompatible
)
