module github.com/leadroute/leadroute

go 1.26.0

require (
	github.com/biter777/countries v1.7.5
	golang.org/x/text v0.43.0
)

require (
	github.com/expr-lang/expr v1.17.8 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/exp v0.0.0-20261014143641-f0251eb4aa3e // indirect
	golang.org/x/net v0.62.0 // indirect
)
