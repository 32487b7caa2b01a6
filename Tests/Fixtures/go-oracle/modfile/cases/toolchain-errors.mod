module example.com/tc

toolchain 1.21
toolchain Default
toolchain go2
toolchain go1x
toolchain
toolchain go1.21 go1.22
toolchain go1.21.0
toolchain go1.22
