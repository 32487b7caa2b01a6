module example.com/mvs71/main

go 1.16

require (
	example.com/mvs71/m1 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs71/m0 v3.0.0+incompatible
)

replace example.com/mvs71/m0 => example.com/mvs71/m0 v1.1.0
