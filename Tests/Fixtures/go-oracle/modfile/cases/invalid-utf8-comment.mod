// bad þ byte
module example.com/x
