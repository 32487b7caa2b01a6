module example.com/mvs21/main

go 1.16

require (
	example.com/mvs21/m0 v1.10.0
	example.com/mvs21/m2 v0.10.0
	example.com/mvs21/m3 v1.2.0
	example.com/mvs21/m4 v1.1.0
	example.com/mvs21/m6 v0.2.0
	example.com/mvs21/m7/v2 v2.1.1-beta.1
)
