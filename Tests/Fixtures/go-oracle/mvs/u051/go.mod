module example.com/mvs51/main

go 1.16

require (
	example.com/mvs51/m1 v1.10.0
	example.com/mvs51/m10 v1.10.0
	example.com/mvs51/m3/v2 v2.0.0
	example.com/mvs51/m4 v1.10.0
	example.com/mvs51/m5 v1.2.0-rc.1
	example.com/mvs51/m6 v1.10.0
	example.com/mvs51/m7/v2 v2.0.0
	example.com/mvs51/m8 v0.10.0
	example.com/mvs51/m9 v1.2.0
)
