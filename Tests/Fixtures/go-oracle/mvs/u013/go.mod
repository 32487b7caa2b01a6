module example.com/mvs13/main

go 1.16

require (
	example.com/mvs13/m1 v0.10.0
	example.com/mvs13/m10 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs13/m12 v1.10.0
	example.com/mvs13/m3 v1.1.0
	example.com/mvs13/m5 v1.2.0-rc.1
	example.com/mvs13/m8 v1.1.0
	example.com/mvs13/m9 v1.10.0
)
