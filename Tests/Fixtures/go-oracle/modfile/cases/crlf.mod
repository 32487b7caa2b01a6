module example.com/crlf

go 1.22

require (
	example.com/a v1.0.0 // indirect
	example.com/b v1.0.0
)

// Deprecated?
retract v1.0.0 // r
