module example.com/mvs50/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs50/m0 v3.0.0+incompatible
	example.com/mvs50/m2/v2 v2.1.1-beta.1
	example.com/mvs50/m3/v2 v2.1.1-beta.1
)
