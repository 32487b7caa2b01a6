// Runs the go command read-only.
