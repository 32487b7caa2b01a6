module example.com/cyc/a

go 1.16

require (
	example.com/cyc/b v1.0.0
	example.com/lib/v2 v2.0.0
)
