module example.com/oldapi

go 1.16
