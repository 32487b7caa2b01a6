// Package words holds a few words.
package words

// Hello returns a greeting word.
func Hello() string { return "hello" }
