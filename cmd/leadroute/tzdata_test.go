package main

import (
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// The CLI embeds the time zone database, so that reps' time zones load in
// containers that have none. (Whether the system has one cannot be hidden
// from a test, so this pins the import that embeds it.)
func TestEmbedsTZData(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "time/tzdata" {
			return
		}
	}
	t.Fatal(`main.go does not import _ "time/tzdata"`)
}
