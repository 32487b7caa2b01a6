module example.com/mvs70/main

go 1.22.0

toolchain go1.23.5

require (
	example.com/mvs70/m0 v1.2.0-rc.1
	example.com/mvs70/m1 v1.2.1-0.20240102030405-abcdefabcdef
	example.com/mvs70/m10 v1.10.0
	example.com/mvs70/m11 v1.1.0
	example.com/mvs70/m12 v0.10.0
	example.com/mvs70/m13/v2 v2.0.1-0.20240203040506-0123456789ab
	example.com/mvs70/m4 v1.1.0
	example.com/mvs70/m5 v1.10.0
	example.com/mvs70/m6 v0.10.0
	example.com/mvs70/m7 v0.1.0
	example.com/mvs70/m8 v1.2.0-rc.1
	example.com/mvs70/m9/v2 v2.1.0
)

replace example.com/mvs70/m9/v2 => example.com/mvs70/m9/v2 v2.1.1-beta.1
