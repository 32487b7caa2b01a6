module example.com/retract

go 1.16
