module example.com/mvs33/main

go 1.23

require (
	example.com/mvs33/m0 v1.10.0
	example.com/mvs33/m2 v1.1.0
	example.com/mvs33/m3 v1.2.0
	example.com/mvs33/m4 v1.2.1-0.20240102030405-abcdefabcdef
)

replace example.com/mvs33/m2 => example.com/mvs33/m2 v1.1.0
