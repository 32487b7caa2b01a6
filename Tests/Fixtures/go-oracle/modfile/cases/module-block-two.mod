module (
	example.com/a
	example.com/b
)
