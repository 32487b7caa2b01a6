module example.com/mvs59/main

go 1.16

require (
	example.com/mvs59/m4/v2 v2.1.1-beta.1
	example.com/mvs59/m6 v0.2.0
	example.com/mvs59/m7 v1.0.0
	example.com/mvs59/m8 v1.2.0
)

replace example.com/mvs59/m8 v1.1.0 => example.com/mvs59/m8 v0.10.0
