// Package new replaces example.com/oldapi.
package new

// Call does the new thing.
func Call() string { return "new call" }
