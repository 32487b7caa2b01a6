module example.com/mvs63/main

go 1.21

require (
	example.com/mvs63/m4 v0.10.0
	example.com/mvs63/m5 v1.10.0
	example.com/mvs63/m6 v1.2.0-rc.1
)

exclude example.com/mvs63/m2/v2 v2.1.1-beta.1
