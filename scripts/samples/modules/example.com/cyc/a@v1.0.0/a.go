// Package a is one half of a module-level cycle (no package-level cycle).
package a

// Version is the release of module a.
const Version = "v1.0.0"
