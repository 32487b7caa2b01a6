module example.com/go

go 1.x
go 1.021
go "1.21"
go
go 1 2
go 1
go 0.1
go 1.21-rc1
go 1.21
go 1.22
