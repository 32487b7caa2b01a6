// Package color wraps text in terminal colour codes.
package color

// Red returns s in red.
func Red(s string) string { return "\x1b[31m" + s + "\x1b[0m" }
