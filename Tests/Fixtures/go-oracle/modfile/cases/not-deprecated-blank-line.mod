// Deprecated: separated by a blank line

module example.com/dep
