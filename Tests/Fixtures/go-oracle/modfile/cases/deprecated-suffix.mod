module example.com/dep // Deprecated: in the suffix
