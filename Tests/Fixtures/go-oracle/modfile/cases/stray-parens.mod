module example.com/p
)
(
