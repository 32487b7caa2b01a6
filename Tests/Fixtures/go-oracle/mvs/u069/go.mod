module example.com/mvs69/main

go 1.23

require (
	example.com/mvs69/m1 v1.2.0-rc.1
	example.com/mvs69/m2/v2 v2.1.0
	example.com/mvs69/m3 v1.1.0
	example.com/mvs69/m4 v1.2.1-0.20240102030405-abcdefabcdef
)
