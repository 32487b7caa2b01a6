module example.com/mvs23/main

go 1.23

require (
	example.com/mvs23/m3/v2 v2.1.0
)

exclude example.com/mvs23/m0/v2 v2.1.0
