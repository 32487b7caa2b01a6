module example.com/x//not/part/of/the/path

require example.com/a v1.0.0//indirect
