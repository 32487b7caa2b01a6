module example.com/mvs37/main

go 1.23

require (
	example.com/mvs37/m11 v0.2.0
	example.com/mvs37/m4 v3.0.0+incompatible
)
