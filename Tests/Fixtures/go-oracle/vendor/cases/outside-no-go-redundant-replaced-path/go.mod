module example.com/main

require (
	example.com/e v1.0.0
	example.com/e v1.0.0
)

replace example.com/e => example.com/e2 v1.1.0
