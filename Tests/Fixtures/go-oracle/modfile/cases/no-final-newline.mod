module example.com/nofinal

require example.com/a v1.0.0 // indirect