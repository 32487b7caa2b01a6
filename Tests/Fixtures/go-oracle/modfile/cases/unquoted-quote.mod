module example.com/a"b
require `example.com/b` v1.0.0
require example.com/c 'v1.0.0'
