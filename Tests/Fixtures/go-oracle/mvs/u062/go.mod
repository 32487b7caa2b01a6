module example.com/mvs62/main

go 1.17

require (
	example.com/mvs62/m3 v0.10.0
)
