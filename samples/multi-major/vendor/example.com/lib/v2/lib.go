// Package lib is the v2 API.
package lib

import "example.com/color"

// Name names this package.
func Name() string { return "lib v2" }

// Fancy names this package in blue.
func Fancy() string { return color.Blue(Name()) }
