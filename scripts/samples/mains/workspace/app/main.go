// Command app greets twice: through example.com/greet and through the workspace's greeter.
package main

import (
	"fmt"

	"example.com/greet"
	"example.com/ws/greeter"
)

func main() {
	fmt.Println(greet.World())
	fmt.Println(greeter.Hello("gopher"))
}
