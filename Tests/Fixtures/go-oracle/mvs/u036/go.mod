module example.com/mvs36/main

go 1.16

require (
	example.com/mvs36/m4 v0.10.0
)
