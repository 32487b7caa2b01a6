module example.com/ignores

go 1.25

ignore ./node_modules

ignore (
	./testdata/big
	"./with space"
)
