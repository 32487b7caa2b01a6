module example.com/s

require "example.com/a