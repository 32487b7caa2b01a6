module example.com/mvs19/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs19/m2 v0.1.0
	example.com/mvs19/m3 v1.10.0
)

exclude example.com/mvs19/m0 v1.10.0
