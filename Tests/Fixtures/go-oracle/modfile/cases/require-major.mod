module example.com/req

require example.com/a/v2 v1.0.0
require example.com/b v2.0.0
require gopkg.in/c.v2 v1.0.0
require gopkg.in/d.v1 v0.1.0
require example.com/e/v2 v0.0.0-20200101000000-abcdefabcdef
require example.com/f/V2 v2.0.0
require gopkg.in/g.v2-unstable v1.0.0
require example.com/h/v3 v2.0.0+incompatible
