package sim

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestTextPlurals: counts of one read "1 lead", not "1 leads".
func TestTextPlurals(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rep  Report
		want []string
	}{
		{"one of each", Report{Leads: 1, Assigned: 1, MissingTime: 1, OutOfOrder: 1, DuplicateIDs: 1, Start: at, End: at, TimeZone: "UTC"},
			[]string{"Simulated 1 lead from", "note: 1 lead had no created_at; 1 lead was out of time order; 1 lead ID was repeated"}},
		{"several", Report{Leads: 1200, Assigned: 1200, MissingTime: 2, OutOfOrder: 3, DuplicateIDs: 4, Start: at, End: at, TimeZone: "UTC"},
			[]string{"Simulated 1,200 leads from", "note: 2 leads had no created_at; 3 leads were out of time order; 4 lead IDs were repeated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.rep.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("lacks %q:\n%s", w, b.String())
				}
			}
			if strings.Contains(b.String(), " 1 leads") {
				t.Errorf("plural with one:\n%s", b.String())
			}
		})
	}
	for _, tt := range []struct {
		d    DiffReport
		want string
	}{
		{DiffReport{Leads: 1, Moved: 1}, "1 of 1 lead would move (100.0%)"},
		{DiffReport{Leads: 2}, "0 of 2 leads would move (0.0%)"},
	} {
		var b bytes.Buffer
		if err := tt.d.WriteText(&b, 10); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("diff text lacks %q:\n%s", tt.want, b.String())
		}
	}
}
