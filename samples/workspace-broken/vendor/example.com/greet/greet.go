// Package greet builds greetings.
package greet

import (
	"example.com/color"
	"example.com/words"
)

// Greeting greets name.
func Greeting(name string) string { return words.Hello() + ", " + name }

// Colored greets name in red.
func Colored(name string) string { return color.Red(Greeting(name)) }

// World greets the world in blue.
func World() string { return color.Blue(Greeting(words.World())) }
