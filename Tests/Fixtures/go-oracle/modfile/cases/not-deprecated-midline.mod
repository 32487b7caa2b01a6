// see Deprecated: not a paragraph start
module example.com/dep
