module example.com/mvs39/main

go 1.16

require (
	example.com/mvs39/m0/v2 v2.1.1-beta.1
	example.com/mvs39/m2 v1.0.0
)
