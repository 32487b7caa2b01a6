module example.com/canon

require (
	example.com/a v1.2
	example.com/b v1
	example.com/c v1.0.0+build.5
	example.com/d v2.0.0+incompatible
	example.com/e v0.0.0-20200101000000-abcdefabcdef
	example.com/f "v1.3.0"
	example.com/g v1.2.3-0.20200101000000-abcdefabcdef+incompatible
)

exclude example.com/a v1.3

replace example.com/b v1 => example.com/fork/b v1.5
