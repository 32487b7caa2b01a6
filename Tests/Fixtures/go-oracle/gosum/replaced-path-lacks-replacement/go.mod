module example.com/main

go 1.22

require example.com/lib v1.2.0

replace example.com/lib => example.com/fork/lib v1.3.0

