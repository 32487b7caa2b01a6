module example.com/mvs79/main

go 1.16

require (
	example.com/mvs79/m11/v2 v2.1.1-beta.1
	example.com/mvs79/m2/v2 v2.1.1-beta.1
	example.com/mvs79/m3/v2 v2.1.1-beta.1
	example.com/mvs79/m4 v3.0.0+incompatible
	example.com/mvs79/m5 v1.10.0
	example.com/mvs79/m6 v1.2.0
	example.com/mvs79/m8 v1.10.0
)
