module example.com/mvs80/main

go 1.16

require (
	example.com/mvs80/m0 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs80/m3/v2 v2.1.0
	example.com/mvs80/m4 v1.1.0
	example.com/mvs80/m8/v2 v2.1.1-beta.1
)

exclude example.com/mvs80/m10 v1.2.0-rc.1
