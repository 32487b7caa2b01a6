module example.com/main

go 1.16

require (
	example.com/c v1.1.0
	example.com/d v1.0.0
	example.com/e v1.0.0
	example.com/inc v3.0.0+incompatible
	example.com/o v1.0.0
)

replace example.com/d v1.0.0 => ./local/d

replace example.com/e => example.com/e0 v1.0.0

replace example.com/unused v1.0.0 => ./unused
