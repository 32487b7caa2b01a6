module example.com/mvs40/main

go 1.23

require (
	example.com/mvs40/m1 v1.2.1-0.20240102030405-abcdefabcdef
)

replace example.com/mvs40/m0 v0.10.0 => example.com/mvs40/m0 v0.10.0
