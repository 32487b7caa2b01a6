module example.com/r

replace example.com/a => example.com/b
replace example.com/a => example.com/b@v1.0.0
replace example.com/a => ./b v1.0.0
replace example.com/a/v1 => ./b
replace example.com/a/v2 v1.0.0 => ./b
replace example.com/a => ..\b
replace example.com/a => C:\b
replace example.com/a => \b
replace example.com/a => ./b\c
replace "example.com/a\q" => ./b
replace example.com/a => "./b\q"
replace example.com/a => ./b "v1\q"
replace example.com/a v1.0.0.0 => ./b
replace example.com/a => example.com/b v1.x
replace example.com/a => ./b v1.x
replace example.com/a => 1:/b
replace example.com/a => .b
