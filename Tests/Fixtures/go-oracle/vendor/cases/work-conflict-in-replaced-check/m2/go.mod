module example.com/m2

go 1.21

require (
	example.com/e v1.0.0
	example.com/g/v2 v2.0.0
)

replace example.com/g/v2 v2.0.0 => ../gy
