module example.com/mvs7/main

go 1.16

require (
	example.com/mvs7/m2/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs7/m3/v2 v2.1.1-beta.1
	example.com/mvs7/m8 v1.0.0
)
