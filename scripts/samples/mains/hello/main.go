// Command hello prints a few greetings.
package main

import (
	"fmt"

	"example.com/banner"
	"example.com/color"
	"example.com/greet"
)

func main() {
	fmt.Println(banner.Banner("gopher"))
	fmt.Println(greet.World())
	fmt.Println(color.Blue("bye"))
}
