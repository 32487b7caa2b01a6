module example.com/greet

go 1.13

require example.com/words v1.0.0
