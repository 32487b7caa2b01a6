module "\u00e9\x41\101\t"

require "example.com/sp ace" v1.0.0
require "example.com/q\"uote" v1.0.0
