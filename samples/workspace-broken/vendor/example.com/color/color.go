// Package color wraps text in terminal colour codes.
package color

// Red returns s in red.
func Red(s string) string { return "\x1b[31m" + s + "\x1b[0m" }

// Blue returns s in blue.
func Blue(s string) string { return "\x1b[34m" + s + "\x1b[0m" }

// Green returns s in green.
func Green(s string) string { return "\x1b[32m" + s + "\x1b[0m" }
