module example.com/mvs55/main

go 1.16

require (
	example.com/mvs55/m0 v0.2.0
)
