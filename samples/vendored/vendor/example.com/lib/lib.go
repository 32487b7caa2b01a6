// Package lib is the v1 API (forked copy).
package lib

import "example.com/words"

// Forked reports that this is the fork.
const Forked = true

// Name names this package.
func Name() string { return "lib v1 (fork)" }

// Sum adds two numbers.
func Sum(a, b int) int { return a + b }

// Hello says hello to the world.
func Hello() string { return words.Hello() + " " + words.World() }
