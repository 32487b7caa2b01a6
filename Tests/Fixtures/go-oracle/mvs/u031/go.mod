module example.com/mvs31/main

go 1.16

require (
	example.com/mvs31/m0/v2 v2.1.0
	example.com/mvs31/m1 v0.10.0
	example.com/mvs31/m2/v2 v2.1.0
	example.com/mvs31/m3 v3.0.0+incompatible
	example.com/mvs31/m4/v2 v2.1.1-beta.1
	example.com/mvs31/m5 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs31/m6 v0.1.0
	example.com/mvs31/m7 v3.0.0+incompatible
	example.com/mvs31/m8 v1.10.0
)
