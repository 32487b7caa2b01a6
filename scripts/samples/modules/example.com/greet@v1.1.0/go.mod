module example.com/greet

go 1.16

require (
	example.com/color v0.1.0
	example.com/words v1.0.0
)
