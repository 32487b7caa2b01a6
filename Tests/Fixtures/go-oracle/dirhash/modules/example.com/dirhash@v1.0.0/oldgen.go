// Copyright nobody.

// +build ignore

package main
