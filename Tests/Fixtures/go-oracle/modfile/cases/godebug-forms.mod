module example.com/gd

godebug a=b
godebug empty=
godebug =
godebug x=y=z
godebug (
	k1=v1
	k2=v2 // comment
)
