module example.com/mvs57/main

go 1.16

require (
	example.com/mvs57/m1 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs57/m10 v1.1.0
	example.com/mvs57/m11/v2 v2.1.0
	example.com/mvs57/m2 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs57/m4 v1.2.0
	example.com/mvs57/m5 v1.2.0
	example.com/mvs57/m6 v1.2.0
	example.com/mvs57/m7 v1.10.0
	example.com/mvs57/m9 v1.2.1-0.20240102030405-abcdefabcdef
)

replace example.com/mvs57/m10 => example.com/mvs57/m10 v1.0.0
