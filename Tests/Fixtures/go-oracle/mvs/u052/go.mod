module example.com/mvs52/main

go 1.23

require (
	example.com/mvs52/m1 v1.10.0
	example.com/mvs52/m10 v1.2.0
	example.com/mvs52/m11/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs52/m12 v1.2.0
	example.com/mvs52/m13 v3.0.0+incompatible
	example.com/mvs52/m3 v3.0.0+incompatible
	example.com/mvs52/m4/v2 v2.1.0
	example.com/mvs52/m6 v1.1.0
	example.com/mvs52/m8 v3.0.0+incompatible
)
