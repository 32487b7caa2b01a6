module example.com/mvs60/main

go 1.16

require (
	example.com/mvs60/m0 v1.10.0
	example.com/mvs60/m2 v1.2.0
	example.com/mvs60/m3/v2 v2.1.1-beta.1
)

exclude example.com/mvs60/m1/v2 v2.0.1-0.20240203040506-0123456789ab
