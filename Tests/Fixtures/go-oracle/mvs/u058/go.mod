module example.com/mvs58/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs58/m0 v1.0.0
	example.com/mvs58/m1 v1.2.0
	example.com/mvs58/m10 v1.2.0
	example.com/mvs58/m11 v1.10.0
	example.com/mvs58/m12/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs58/m13 v1.10.0
	example.com/mvs58/m2 v0.1.0
	example.com/mvs58/m5/v2 v2.1.0
	example.com/mvs58/m6 v1.2.0
	example.com/mvs58/m7/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs58/m8/v2 v2.1.0
	example.com/mvs58/m9/v2 v2.0.0
)

exclude example.com/mvs58/m4 v1.2.0
