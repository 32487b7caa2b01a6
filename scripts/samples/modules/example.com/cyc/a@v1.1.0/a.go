// Package a is one half of a module-level cycle (no package-level cycle).
package a

import lib "example.com/lib/v2"

// Version is the release of module a.
const Version = "v1.1.0"

// Lib names the lib major version this release builds on.
func Lib() string { return lib.Name() }
