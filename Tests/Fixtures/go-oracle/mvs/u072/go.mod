module example.com/mvs72/main

go 1.16

require (
	example.com/mvs72/m1 v1.2.0-rc.1
	example.com/mvs72/m5 v1.10.0
)
