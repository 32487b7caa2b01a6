module example.com/unknown

foo bar
"require" example.com/a v1.0.0
ignore ./x
