module example.com/mvs26/main

go 1.23

require (
	example.com/mvs26/m11 v1.2.0
	example.com/mvs26/m12 v3.0.0+incompatible
	example.com/mvs26/m3 v3.0.0+incompatible
	example.com/mvs26/m8 v1.2.1-0.20240102030405-abcdefabcdef
)

replace example.com/mvs26/m9 => example.com/mvs26/m9 v0.1.0
