module example.com/dirhash/v2

go 1.22

require example.com/dirhash v1.0.0
