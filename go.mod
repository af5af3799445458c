module github.com/leadroute/leadroute

go 1.26.0

require (
	github.com/expr-lang/expr v1.17.8
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/exp v0.0.0-20261014143641-f0251eb4aa3e
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require pgregory.net/rapid v1.3.0

require github.com/google/btree v1.1.3 // indirect
