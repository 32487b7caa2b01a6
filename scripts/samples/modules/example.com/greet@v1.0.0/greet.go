// Package greet builds greetings.
package greet

import "example.com/words"

// Greeting greets name.
func Greeting(name string) string { return words.Hello() + ", " + name }
