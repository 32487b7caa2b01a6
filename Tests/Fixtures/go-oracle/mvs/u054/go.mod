module example.com/mvs54/main

go 1.23

require (
	example.com/mvs54/m9 v1.2.0
	example.com/mvs54/m3 v1.1.0
	example.com/mvs54/m2 v1.1.0
	example.com/mvs54/m4 v1.2.0
)

replace example.com/mvs54/m7 => example.com/mvs54/m7 v1.0.0
