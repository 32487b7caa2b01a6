module example.com/lib/v2

go 1.21

require example.com/color v0.2.0
