module example.com/main

go 1.22

require example.com/color v0.3.0
