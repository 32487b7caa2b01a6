module example.com/repl

replace example.com/a => .
replace example.com/b => ..
replace example.com/c => ./c
replace example.com/d => ../d
replace example.com/e => /abs/e
replace example.com/f => C:/f
replace example.com/g => c:g
replace example.com/h v1 => example.com/h2 v1.2
replace example.com/i => example.com/i/v2 v1.0.0
replace example.com/j v1.0.0 => example.com/j v1.0.1
replace example.com/k=>./k
replace example.com/l => ./l@v1
