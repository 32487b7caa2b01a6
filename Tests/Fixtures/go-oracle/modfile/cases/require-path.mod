module example.com/req

require example.com/a/v1 v1.0.0
require example.com/b/v02 v2.0.0
require example.com/c/v1.2 v1.0.0
require gopkg.in/d v1.0.0
require gopkg.in/e.v01 v1.0.0
require example.com/f/v1 v1.x
require "example.com/g\q" v1.x
