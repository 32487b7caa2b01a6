module example.com/cyc/a

go 1.16

require example.com/cyc/b v1.0.0
