module example.com/main

require example.com/a v1.0.0
require example.com/a v1.1.0
require example.com/c v1.1.0
