module example.com/mvs67/main

go 1.16

require (
	example.com/mvs67/m2 v0.2.0
	example.com/mvs67/m5 v1.10.0
	example.com/mvs67/m9/v2 v2.0.0
)
