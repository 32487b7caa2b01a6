// Package withb uses example.com/cyc/b, whose module requires this module back.
package withb

import "example.com/cyc/b"

// Both reports both halves of the cycle.
func Both() string { return b.Describe() }
