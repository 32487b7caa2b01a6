module example.com/mvs30/main

go 1.23

require (
	example.com/mvs30/m0/v2 v2.1.0
	example.com/mvs30/m1 v3.0.0+incompatible
	example.com/mvs30/m6/v2 v2.1.1-beta.1
	example.com/mvs30/m7 v3.0.0+incompatible
	example.com/mvs30/m8/v2 v2.1.1-beta.1
)

exclude example.com/mvs30/m10 v0.1.0
