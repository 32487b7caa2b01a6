module modgraph.invalid/mkproxy

go 1.22
