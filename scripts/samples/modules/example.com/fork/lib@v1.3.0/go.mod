// Fork of example.com/lib that keeps the original module path, so it can only be used
// through a replace directive.
module example.com/lib

go 1.16

require example.com/words v1.1.0
