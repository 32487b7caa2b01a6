module example.com/banner

go 1.17

require (
	example.com/color v0.1.0
	example.com/greet v1.0.0
)

require example.com/words v1.0.0 // indirect
