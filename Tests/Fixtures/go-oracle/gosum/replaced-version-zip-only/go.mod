module example.com/main

go 1.22

require example.com/color v0.3.0

replace example.com/color v0.3.0 => example.com/color v0.2.0

