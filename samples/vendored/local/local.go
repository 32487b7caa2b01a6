// Package local lives next to the main module and is used through `replace ... => ./local`.
package local

import (
	"example.com/color"
	"example.com/words"
)

// Say says hello in red.
func Say() string { return color.Red(words.Hello()) }
