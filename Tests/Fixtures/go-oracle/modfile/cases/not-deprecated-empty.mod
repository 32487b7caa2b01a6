// Deprecated:
module example.com/dep
