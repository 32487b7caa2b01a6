module example.com/mvs78/main

go 1.23

require (
	example.com/mvs78/m6 v0.10.0
	example.com/mvs78/m4 v0.1.0
)

replace example.com/mvs78/m0 => example.com/mvs78/m0 v1.2.0-rc.1
