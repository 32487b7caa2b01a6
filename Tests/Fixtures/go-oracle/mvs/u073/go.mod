module example.com/mvs73/main

go 1.16

require (
	example.com/mvs73/m4 v1.10.0
	example.com/mvs73/m9 v1.2.1-0.20240102030405-abcdefabcdef
)
