module example.com/mvs42/main

go 1.23

require (
	example.com/mvs42/m0 v0.10.0
	example.com/mvs42/m1 v3.0.0+incompatible
	example.com/mvs42/m10 v1.10.0
	example.com/mvs42/m11 v0.10.0
	example.com/mvs42/m12 v1.2.0
	example.com/mvs42/m2/v2 v2.0.0
	example.com/mvs42/m5 v3.0.0+incompatible
	example.com/mvs42/m6 v3.0.0+incompatible
	example.com/mvs42/m8 v1.0.0
	example.com/mvs42/m9 v1.0.0
)

exclude example.com/mvs42/m7 v3.0.0+incompatible
