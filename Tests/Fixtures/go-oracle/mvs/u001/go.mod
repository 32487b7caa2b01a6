module example.com/mvs1/main

go 1.16

require (
	example.com/mvs1/m5 v1.2.1-0.20240102030405-abcdefabcdef
)

exclude example.com/mvs1/m1 v0.2.0
