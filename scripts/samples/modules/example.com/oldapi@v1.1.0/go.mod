// Deprecated: use example.com/new instead
module example.com/oldapi

go 1.16
