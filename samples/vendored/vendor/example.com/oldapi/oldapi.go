// Package oldapi is the old API.
package oldapi

// Call does the old thing.
func Call() string { return "old call" }
