// Package lib is the v2 API.
package lib

// Name names this package.
func Name() string { return "lib v2" }
