module example.com/mvs74/main

go 1.23

require (
	example.com/mvs74/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs74/m1 v1.10.0
	example.com/mvs74/m2 v0.10.0
	example.com/mvs74/m3 v1.2.0
)
