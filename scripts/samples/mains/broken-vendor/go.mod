module example.com/broken

go 1.23

require (
	example.com/greet v1.1.0
	example.com/lib v1.1.0
)

require (
	example.com/color v0.1.0 // indirect
	example.com/words v1.0.0 // indirect
)
