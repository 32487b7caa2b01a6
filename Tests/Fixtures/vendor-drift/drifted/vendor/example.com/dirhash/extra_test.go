package dirhash
