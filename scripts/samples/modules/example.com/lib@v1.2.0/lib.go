// Package lib is the v1 API.
package lib

import "example.com/words"

// Name names this package.
func Name() string { return "lib v1" }

// Sum adds two numbers.
func Sum(a, b int) int { return a + b }

// Hello says hello.
func Hello() string { return words.Hello() }
