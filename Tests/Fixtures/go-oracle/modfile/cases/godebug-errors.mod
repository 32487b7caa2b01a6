module example.com/gd

godebug a
godebug a=b c
godebug "a=b"
godebug a,b=c
godebug 'a=b
godebug ( a=b )
godebug (
	noequals
)
