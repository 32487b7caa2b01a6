module example.com/mvs16/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs16/m3 v1.2.0
	example.com/mvs16/m4 v1.10.0
)
