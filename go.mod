module github.com/leadroute/leadroute

go 1.26.0

require (
	github.com/biter777/countries v1.7.5
	golang.org/x/text v0.43.0
)
