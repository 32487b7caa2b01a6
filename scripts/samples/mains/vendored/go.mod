module example.com/vendored

go 1.23

require (
	example.com/lib v1.2.0
	example.com/lib/v2 v2.1.0
	example.com/local v0.0.0-00010101000000-000000000000
	example.com/nightly v0.0.0-20240102030405-abcdef123456
	example.com/old v3.0.0+incompatible
	example.com/oldapi v1.0.0
	example.com/retract v1.1.0
	example.com/util v1.4.1-0.20240305060708-0123456789ab
)

require (
	example.com/color v0.2.0 // indirect
	example.com/words v1.1.0 // indirect
)

exclude example.com/color v0.1.0

replace example.com/lib => example.com/fork/lib v1.3.0

replace example.com/local => ./local
