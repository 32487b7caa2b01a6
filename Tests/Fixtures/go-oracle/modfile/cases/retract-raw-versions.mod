module example.com/raw

retract v1.0.0.0
retract [v1, v1.1]
retract "v1.5.0"
retract v1.0.0+build
retract "a b"
retract foo
retract [v1.2.0, v1.1.0]
retract [ v2.0.0 , v2.1.0 ]
retract [v3.0.0,v3.1.0]
