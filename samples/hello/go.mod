module example.com/hello

go 1.23

require (
	example.com/banner v1.0.0
	example.com/color v0.2.0
	example.com/greet v1.2.0
)

require example.com/words v1.1.0 // indirect
