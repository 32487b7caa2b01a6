module example.com/mvs4/main

go 1.16

require (
	example.com/mvs4/m0 v3.0.0+incompatible
	example.com/mvs4/m10 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs4/m11 v1.10.0
	example.com/mvs4/m12 v1.2.0-rc.1
	example.com/mvs4/m13 v1.0.0
	example.com/mvs4/m2 v1.1.0
	example.com/mvs4/m3 v1.1.0
	example.com/mvs4/m4 v1.10.0
	example.com/mvs4/m5 v3.0.0+incompatible
	example.com/mvs4/m6 v1.10.0
	example.com/mvs4/m7 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs4/m8 v1.1.0
	example.com/mvs4/m9 v0.1.0
)
