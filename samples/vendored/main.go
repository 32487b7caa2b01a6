// Command vendored uses every kind of requirement: a forked module, a v2 major,
// a local replacement, pseudo-versions, an +incompatible, a retracted and a deprecated version.
package main

import (
	"fmt"

	"example.com/lib"
	libv2 "example.com/lib/v2"
	"example.com/local"
	"example.com/nightly"
	"example.com/old"
	"example.com/oldapi"
	"example.com/retract"
	"example.com/util"
)

func main() {
	fmt.Println(lib.Name(), lib.Forked, lib.Hello())
	fmt.Println(libv2.Fancy())
	fmt.Println(local.Say())
	fmt.Println(nightly.Build(), old.Legacy(), oldapi.Call())
	fmt.Println(retract.Answer(), util.Min(1, 2))
}
