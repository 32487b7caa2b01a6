module example.com/mvs34/main

go 1.21

require (
	example.com/mvs34/m0 v1.2.0
	example.com/mvs34/m1 v1.1.0
)
