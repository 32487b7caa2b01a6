// Package nightly was never tagged: it is only available as a pseudo-version.
package nightly

// Build names the untagged commit.
func Build() string { return "20240102030405-abcdef123456" }
