// Package greeter greets in red.
package greeter

import (
	"example.com/color"
	"example.com/words"
)

// Hello greets name.
func Hello(name string) string { return color.Red(words.Hello() + ", " + name) }
