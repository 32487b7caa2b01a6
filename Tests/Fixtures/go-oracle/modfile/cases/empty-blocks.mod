module example.com/blocks

require ()
require (
)
exclude (

)
retract (
	// only comments
)
replace ( ) // trailing
