// Package banner frames a greeting.
package banner

import (
	"example.com/color"
	"example.com/greet"
)

// Banner frames a greeting for name in red.
func Banner(name string) string { return color.Red("== " + greet.Greeting(name) + " ==") }
