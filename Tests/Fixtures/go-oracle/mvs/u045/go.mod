module example.com/mvs45/main

go 1.16

require (
	example.com/mvs45/m0/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs45/m1 v1.1.0
	example.com/mvs45/m2 v3.0.0+incompatible
	example.com/mvs45/m3 v1.2.0
	example.com/mvs45/m4 v0.1.0
	example.com/mvs45/m5 v0.2.0 // indirect
	example.com/mvs45/m6 v3.0.0+incompatible
)

exclude example.com/mvs45/m5 v0.1.0
