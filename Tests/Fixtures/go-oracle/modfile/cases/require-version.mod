module example.com/req

require example.com/a v1.0.0.0
require example.com/b "v1\x"
require example.com/c latest
require example.com/d 1.0.0
require example.com/e v01.0.0
