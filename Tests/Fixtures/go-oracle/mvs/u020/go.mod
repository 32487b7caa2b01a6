module example.com/mvs20/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs20/m2/v2 v2.1.1-beta.1
	example.com/mvs20/m3 v1.2.0-rc.1
)

exclude example.com/mvs20/m1/v2 v2.0.0
