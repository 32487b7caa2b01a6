module example.com/both

go 1.23

require example.com/lib v1.0.0

tool example.com/lib/cmd/gen

ignore ./third_party
