module example.com/mvs41/main

go 1.21

require (
	example.com/mvs41/m4/v2 v2.1.0
	example.com/mvs41/m3 v0.2.0
	example.com/mvs41/m1/v2 v2.0.0
)

replace example.com/mvs41/m1/v2 => example.com/mvs41/m1/v2 v2.0.0
