module example.com/mvs32/main

go 1.16

require (
	example.com/mvs32/m1/v2 v2.1.1-beta.1
	example.com/mvs32/m4 v1.1.0
	example.com/mvs32/m2 v1.2.1-0.20240102030405-abcdefabcdef
)

exclude example.com/mvs32/m0 v0.1.0
