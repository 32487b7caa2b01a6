module example.com/mvs28/main

go 1.16

require (
	example.com/mvs28/m0 v1.0.0
	example.com/mvs28/m2 v1.2.1-0.20240102030405-abcdefabcdef
)
