module example.com/retract

// Block rationale.
retract (
	v1.0.0
	v1.0.1 // Own suffix.

	v1.0.2
	// Own before.
	v1.0.3
)

retract ( // on the paren line
	v1.1.0
) // after the block

// Line one.
//
// Line three.
retract v1.2.0 // and suffix
