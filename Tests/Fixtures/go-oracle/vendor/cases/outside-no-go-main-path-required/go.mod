module example.com/main

toolchain go1.21.0

require (
	example.com/main v1.0.0
	example.com/f v1.0.0
)
