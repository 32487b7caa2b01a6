module example.com/mvs5/main

go 1.23

require (
	example.com/mvs5/m3/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs5/m6 v0.10.0
	example.com/mvs5/m5/v2 v2.0.0
)

replace example.com/mvs5/m2 => example.com/mvs5/m2 v0.2.0
