module example.com/a
module example.com/b
module (
	example.com/c
)
