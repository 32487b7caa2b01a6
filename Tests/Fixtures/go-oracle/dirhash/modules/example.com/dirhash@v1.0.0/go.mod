module example.com/dirhash

go 1.21
