module example.com/retract

go 1.16

retract v1.1.0 // Answer returns 41 in v1.1.0.
