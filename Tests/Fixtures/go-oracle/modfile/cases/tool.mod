module example.com/tools

go 1.24

tool example.com/cmd/gen

tool (
	example.com/cmd/a
)
