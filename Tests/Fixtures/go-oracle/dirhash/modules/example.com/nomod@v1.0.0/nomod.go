package nomod

// Name is the package name.
const Name = "nomod"
