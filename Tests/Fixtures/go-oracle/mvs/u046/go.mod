module example.com/mvs46/main

go 1.17

require (
	example.com/mvs46/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs46/m1 v3.0.0+incompatible
)

exclude example.com/mvs46/m2 v0.1.0
