module example.com/mvs8/main

go 1.16

require (
	example.com/mvs8/m0/v2 v2.0.0
	example.com/mvs8/m1/v2 v2.1.0
	example.com/mvs8/m2 v1.2.0
	example.com/mvs8/m3 v1.2.0-rc.1
	example.com/mvs8/m4 v1.2.0
)

replace example.com/mvs8/m0/v2 v2.0.0 => example.com/mvs8/m0/v2 v2.0.0
