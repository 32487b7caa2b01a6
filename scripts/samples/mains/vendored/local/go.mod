module example.com/local

go 1.20

require (
	example.com/color v0.1.0
	example.com/words v1.0.0
)
