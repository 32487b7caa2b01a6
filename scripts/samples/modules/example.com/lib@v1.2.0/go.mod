module example.com/lib

go 1.16

require example.com/words v1.0.0
