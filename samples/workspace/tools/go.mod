module example.com/ws/tools

go 1.23
