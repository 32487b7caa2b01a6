// Package b is the other half of a module-level cycle.
package b

import (
	"example.com/cyc/a"
	"example.com/lib"
)

// Describe names both halves.
func Describe() string { return "b with a " + a.Version + " and " + lib.Name() }
