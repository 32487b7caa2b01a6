module example.com/mvs18/main

go 1.16

require (
	example.com/mvs18/m0 v1.10.0
	example.com/mvs18/m4 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs18/m8 v1.2.0-rc.1
	example.com/mvs18/m9 v1.10.0
)
