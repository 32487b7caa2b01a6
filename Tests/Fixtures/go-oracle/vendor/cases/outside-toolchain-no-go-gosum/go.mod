module example.com/main

toolchain go1.22.0

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
)
