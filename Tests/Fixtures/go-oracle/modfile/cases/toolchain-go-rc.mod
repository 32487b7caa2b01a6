module example.com/tc

go 1.21rc1

toolchain default
