// +build ignore,linux windows

package dirhash
