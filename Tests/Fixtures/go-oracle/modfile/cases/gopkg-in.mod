module example.com/gopkg

require (
	gopkg.in/yaml.v1 v0.0.0-20200101000000-abcdefabcdef
	gopkg.in/yaml.v2 v2.4.0
	gopkg.in/check.v2-unstable v2.0.0
	gopkg.in/zero.v0 v0.1.0
	example.com/x/gopkg.in/a.v2 v1.0.0
	example.com/y/v2 v2.0.0+incompatible
	/v2 v2.0.0
	"" v1.0.0
	example.com/z/ v1.0.0
)
