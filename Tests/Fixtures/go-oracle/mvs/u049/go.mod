module example.com/mvs49/main

go 1.16

require (
	example.com/mvs49/m3/v2 v2.1.1-beta.1
	example.com/mvs49/m2 v1.0.0
	example.com/mvs49/m0 v0.1.0
	example.com/mvs49/m1 v1.2.0
)
