module example.com/mvs75/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs75/m1/v2 v2.0.0
	example.com/mvs75/m2 v3.0.0+incompatible
)
