// Package words holds a few words.
package words

// Hello returns a greeting word.
func Hello() string { return "hello" }

// World returns the thing to greet.
func World() string { return "world" }
