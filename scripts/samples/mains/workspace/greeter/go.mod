module example.com/ws/greeter

go 1.23

require (
	example.com/color v0.2.0
	example.com/words v1.0.0
)
