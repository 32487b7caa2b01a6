module example.com/crrequire example.com/a v1.0.0
