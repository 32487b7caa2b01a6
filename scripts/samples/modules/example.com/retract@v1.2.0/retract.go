// Package retract knows the answer.
package retract

// Answer returns the answer.
func Answer() int { return 42 }
