// Package lib is the v1 API.
package lib

// Name names this package.
func Name() string { return "lib v1" }

// Sum adds two numbers.
func Sum(a, b int) int { return a + b }
