module example.com/blocks

bar (
)
baz x (
	y
)
go (
	1.21
)
toolchain (
)
require example.com/a v1.0.0 ( )
