//go:build linux && !ignore

package dirhash
