module example.com/main

toolchain go1.21.0

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
	example.com/d v1.0.0
	example.com/e v1.0.0
	example.com/f v1.0.0
	example.com/g/v2 v2.0.0
	example.com/inc v3.0.0+incompatible
	example.com/p v0.0.0-20230102030405-abcdef123456
)

require example.com/b v1.2.0 // indirect

replace example.com/d v1.0.0 => ./local/d

replace example.com/e => example.com/e2 v1.1.0

replace example.com/unused v1.0.0 => ./unused
