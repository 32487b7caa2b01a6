// Package util has small helpers.
package util

// Max returns the larger of a and b.
func Max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// Min returns the smaller of a and b (added after v1.4.0, not yet tagged).
func Min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
