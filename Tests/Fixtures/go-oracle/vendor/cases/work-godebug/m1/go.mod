module example.com/m1

go 1.22

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
)

require example.com/b v1.2.0 // indirect

replace example.com/c v1.1.0 => ../shared/c
