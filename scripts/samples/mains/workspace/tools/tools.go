// Command tools requires nothing outside the standard library.
package main

import "fmt"

func main() { fmt.Println("tools") }
