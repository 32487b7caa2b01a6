module example.com/ws/tools

go 1.23

require example.com/lib v1.1.0
