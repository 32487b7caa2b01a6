module example.com/mvs77/main

go 1.17

require (
	example.com/mvs77/m0 v1.1.0
	example.com/mvs77/m2/v2 v2.1.0
	example.com/mvs77/m3 v3.0.0+incompatible
	example.com/mvs77/m4 v3.0.0+incompatible
	example.com/mvs77/m5 v0.1.0
)
