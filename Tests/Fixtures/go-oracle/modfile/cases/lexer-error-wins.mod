module example.com/lex

foo bar
require example.com/a

require "oops
