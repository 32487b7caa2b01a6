module example.com/tc

go 10.5

toolchain go1.21.0-custom
