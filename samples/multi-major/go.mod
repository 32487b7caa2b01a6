module example.com/multi

go 1.23

require (
	example.com/cyc/a v1.1.0
	example.com/lib v1.1.0
	example.com/lib/v2 v2.1.0
)

require (
	example.com/color v0.2.0 // indirect
	example.com/cyc/b v1.0.0 // indirect
)
