module example.com/mvs35/main

go 1.21

toolchain go1.23.5

require (
	example.com/mvs35/m13 v1.10.0
	example.com/mvs35/m9 v0.2.0
)
