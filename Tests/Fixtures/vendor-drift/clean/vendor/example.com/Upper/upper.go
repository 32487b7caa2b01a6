package upper

// Name is the package name.
const Name = "Upper"
