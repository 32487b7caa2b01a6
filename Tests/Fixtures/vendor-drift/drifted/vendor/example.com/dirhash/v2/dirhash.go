package dirhash

// Name is the package name.
const Name = "dirhash/v2"
