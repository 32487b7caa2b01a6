module example.com/ex

exclude example.com/a
exclude example.com/b v1
exclude example.com/c/v3 v1.0.0
exclude example.com/d/v1 v1.0.0
exclude example.com/e vx
exclude (
	example.com/f
)
