// The module comment.
// Deprecated: use example.com/other instead.
module example.com/full // a suffix comment

go 1.21.0

toolchain go1.21.3

godebug panicnil=1

godebug (
	default=go1.20
	http2client=0 // off
)

require example.com/single v1.2.3

require (
	example.com/a v1.0.0
	example.com/b v1.1.0 // indirect
	"example.com/quoted" "v2.0.0+incompatible"
	example.com/c/v2 v2.3.4-pre.1 // indirect; comment
)

exclude example.com/a v1.0.1

exclude (
	example.com/a v1.0.2
	example.com/b v1.1.1
)

replace example.com/a => ../a

replace example.com/b v1.1.0 => example.com/fork/b v1.1.5

replace (
	example.com/c/v2 => /abs/c
	example.com/quoted v2.0.0+incompatible => ./local/quoted
	"example.com/d" v1.0.0 => "example.com/e" "v1.0.1"
)

// Published by mistake.
retract v1.0.0

retract [v1.1.0, v1.2.0] // Broken build.

retract (
	v1.3.0 // One.
	// Two.
	[v1.4.0, v1.4.5]
)
