module example.com/mvs48/main

go 1.23

require (
	example.com/mvs48/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs48/m1/v2 v2.1.0
	example.com/mvs48/m10 v3.0.0+incompatible
	example.com/mvs48/m2 v3.0.0+incompatible
	example.com/mvs48/m3 v1.10.0
	example.com/mvs48/m4/v2 v2.1.1-beta.1
	example.com/mvs48/m5/v2 v2.1.1-beta.1
	example.com/mvs48/m6 v1.1.0
	example.com/mvs48/m7 v1.10.0
	example.com/mvs48/m8 v3.0.0+incompatible
	example.com/mvs48/m9/v2 v2.1.1-beta.1
)
