module example.com/mvs56/main

go 1.21

require (
	example.com/mvs56/m2 v3.0.0+incompatible
)

exclude example.com/mvs56/m0 v1.2.0-rc.1
