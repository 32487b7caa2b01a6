module example.com/driftmain

go 1.23

require (
	example.com/Upper v1.0.0
	example.com/dirhash v1.0.0
	example.com/dirhash/v2 v2.0.0
	example.com/nomod v1.0.0
)
