package main

import (
	"context"
	"strings"
	"testing"

	"github.com/leadroute/leadroute/redisstore/internal/redistest"
)

func TestRun(t *testing.T) {
	srv := redistest.Start(t)
	var out strings.Builder
	if err := run(context.Background(), &out, srv.Addr()); err != nil {
		t.Fatal(err)
	}
	// The rotation is exact across the replicas; cy (daily cap 2) is
	// skipped from lead-11 on, by whichever replica routes it.
	want := `lead-1 via A: ana
lead-2 via B: ben
lead-3 via B: cy
lead-4 via B: dee
lead-5 via A: ana
lead-6 via A: ben
lead-7 via A: cy
lead-8 via B: dee
lead-9 via B: ana
lead-10 via B: ben
lead-11 via A: dee
lead-12 via A: ana
lead-1 retried via B: ana (replay: true)
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
