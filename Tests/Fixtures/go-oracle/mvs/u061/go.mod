module example.com/mvs61/main

go 1.23

require (
	example.com/mvs61/m0 v1.2.0
	example.com/mvs61/m1 v1.2.0
	example.com/mvs61/m2/v2 v2.1.1-beta.1
	example.com/mvs61/m4 v1.2.0-rc.1
	example.com/mvs61/m5 v1.2.0
)
