module example.com/greet

go 1.22

require (
	example.com/color v0.2.0
	example.com/words v1.1.0
)
