module example.com/main

require example.com/a v1.1.0
require example.com/a v1.1.0

replace example.com/a v1.1.0 => example.com/a v1.0.0
