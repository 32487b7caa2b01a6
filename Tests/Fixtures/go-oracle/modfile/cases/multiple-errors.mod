module example.com/multi

foo
require example.com/a

require (
	example.com/b v1.0.0.0
	example.com/c v1.0.0
	example.com/d/v2 v1.0.0
)
replace example.com/e => f
retract [
bar (
)
