module example.com/ws/app

go 1.23

require (
	example.com/greet v1.2.0
	example.com/ws/greeter v0.0.0
)

require (
	example.com/color v0.2.0 // indirect
	example.com/words v1.1.0 // indirect
)

replace example.com/ws/greeter => ../greeter
