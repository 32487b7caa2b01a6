module example.com/mvs25/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs25/m0 v1.2.0
	example.com/mvs25/m2 v1.2.0-rc.1
	example.com/mvs25/m3/v2 v2.0.1-0.20240203040506-0123456789ab
)
