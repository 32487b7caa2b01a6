module example.com/s

require "example.com/a v1.0.0
