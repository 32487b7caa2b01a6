package main

import (
	"fmt"

	upper "example.com/Upper"
	"example.com/dirhash"
	dirhash2 "example.com/dirhash/v2"
	"example.com/nomod"
)

func main() {
	fmt.Println(dirhash.Name, dirhash2.Name, upper.Name, nomod.Name)
}
