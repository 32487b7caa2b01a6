module example.com/mvs65/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs65/m0 v1.10.0
	example.com/mvs65/m1 v0.2.0
	example.com/mvs65/m10 v0.10.0
	example.com/mvs65/m2 v3.0.0+incompatible
	example.com/mvs65/m3 v0.10.0
	example.com/mvs65/m4 v1.10.0
	example.com/mvs65/m5/v2 v2.0.0
	example.com/mvs65/m6 v1.2.0
	example.com/mvs65/m7/v2 v2.1.0
	example.com/mvs65/m8 v0.10.0
	example.com/mvs65/m9/v2 v2.1.0
)
