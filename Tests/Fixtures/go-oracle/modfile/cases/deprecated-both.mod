// Deprecated: a
module example.com/dep // Deprecated: b
