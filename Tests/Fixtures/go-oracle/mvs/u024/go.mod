module example.com/mvs24/main

go 1.23

require (
	example.com/mvs24/m4 v1.2.0-rc.1
	example.com/mvs24/m3 v0.1.0
	example.com/mvs24/m1/v2 v2.1.1-beta.1
	example.com/mvs24/m0 v1.0.0
)
