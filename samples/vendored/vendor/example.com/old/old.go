// Package old predates modules: its repository has no go.mod, so major versions
// above v1 are +incompatible.
package old

// Legacy returns the release this code was tagged as.
func Legacy() string { return "old v3.0.0" }
