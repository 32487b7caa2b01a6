module example.com/main

toolchain go1.21.0
