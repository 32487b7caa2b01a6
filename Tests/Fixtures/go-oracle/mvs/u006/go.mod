module example.com/mvs6/main

go 1.23

require (
	example.com/mvs6/m0 v3.0.0+incompatible
	example.com/mvs6/m2/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs6/m3 v0.2.0
	example.com/mvs6/m4 v1.10.0
	example.com/mvs6/m6 v1.10.0
	example.com/mvs6/m7 v1.2.0-rc.1
	example.com/mvs6/m9 v1.1.0
)

exclude example.com/mvs6/m5 v1.1.0
