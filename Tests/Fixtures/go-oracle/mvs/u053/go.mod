module example.com/mvs53/main

go 1.23

require (
	example.com/mvs53/m2 v1.1.0
	example.com/mvs53/m6 v1.10.0
	example.com/mvs53/m7 v3.0.0+incompatible
	example.com/mvs53/m9 v1.2.1-0.20240102030405-abcdefabcdef
)
