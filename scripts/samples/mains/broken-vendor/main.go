// Command broken is vendored, then its go.mod moves on without `go mod vendor`.
package main

import (
	"fmt"

	"example.com/greet"
	"example.com/lib"
)

func main() {
	fmt.Println(greet.Colored("gopher"), lib.Sum(1, 2))
}
