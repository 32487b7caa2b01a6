module example.com/mvs3/main

go 1.16

require (
	example.com/mvs3/m0 v1.2.0
	example.com/mvs3/m2 v1.2.1-0.20240102030405-abcdefabcdef
)
