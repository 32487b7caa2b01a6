module example.com/mvs66/main

go 1.16

require (
	example.com/mvs66/m0 v1.2.0-rc.1
	example.com/mvs66/m1 v0.10.0
	example.com/mvs66/m2 v1.2.0-rc.1
	example.com/mvs66/m3 v3.0.0+incompatible
	example.com/mvs66/m4 v0.1.0
	example.com/mvs66/m5 v1.2.1-0.20240102030405-abcdefabcdef
)
