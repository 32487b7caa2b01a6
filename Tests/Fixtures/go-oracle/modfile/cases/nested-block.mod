module example.com/p

require (
	require (
	)
)
