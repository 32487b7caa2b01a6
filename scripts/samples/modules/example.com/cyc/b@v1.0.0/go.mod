module example.com/cyc/b

go 1.16

require (
	example.com/cyc/a v1.1.0
	example.com/lib v1.0.0
)
