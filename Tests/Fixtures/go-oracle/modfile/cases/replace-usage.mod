module example.com/r

replace example.com/a
replace example.com/a =>
replace example.com/a => b c d
replace example.com/a v1.0.0 v2 => ./b
replace example.com/a -> ./b
replace example.com/a=> ./b
replace => ./b
