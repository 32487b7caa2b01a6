module example.com/mvs43/main

go 1.16

require (
	example.com/mvs43/m0 v1.10.0
	example.com/mvs43/m1/v2 v2.1.1-beta.1
	example.com/mvs43/m3 v0.10.0
	example.com/mvs43/m4 v1.10.0
)
