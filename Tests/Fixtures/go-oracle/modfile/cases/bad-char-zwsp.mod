require example.com/a v1.0.0
module example.com/​x
