// Command multi uses two major versions of one module and a module-level cycle.
package main

import (
	"fmt"

	"example.com/cyc/a/withb"
	"example.com/lib"
	libv2 "example.com/lib/v2"
)

func main() {
	fmt.Println(lib.Name(), lib.Sum(1, 2), libv2.Fancy(), withb.Both())
}
