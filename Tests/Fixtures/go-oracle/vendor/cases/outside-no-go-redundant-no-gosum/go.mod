module example.com/main

require (
	example.com/c v1.1.0
	example.com/a v1.1.0
	example.com/a v1.0.0
)
