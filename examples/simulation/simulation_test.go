package main

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestDistribution simulates a month of leads and asserts the distribution:
// exact counts for this seed, and the properties behind them.
func TestDistribution(t *testing.T) {
	rep, err := Simulate(context.Background(), "rules.yaml", 1200, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"sam": 639, "noor": 404, "tomas": 157}
	got := rep.Counts()
	for id, n := range want {
		if got[id] != n {
			t.Errorf("%s got %d leads, want %d", id, got[id], n)
		}
	}
	if rep.Assigned != 1200 || rep.Fallback != 0 {
		t.Errorf("assigned %d, fallback %d: nothing may be lost", rep.Assigned, rep.Fallback)
	}
	// Tomás gets nothing during his week off and Noor never exceeds her
	// daily cap.
	for _, day := range rep.Days {
		d, _ := time.Parse(time.DateOnly, day.Date)
		if !d.Before(time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)) && d.Before(time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)) && day.ByRep["tomas"] > 0 {
			t.Errorf("tomas got %d leads on %s, during his holiday", day.ByRep["tomas"], day.Date)
		}
		if day.ByRep["noor"] > 21 { // her cap is per London day; report days are UTC
			t.Errorf("noor got %d leads on %s", day.ByRep["noor"], day.Date)
		}
	}
	// Weighted 3:2:1: Sam's and Tomás's shares follow their weights except
	// where Noor's cap and Tomás's holiday move leads around.
	sam, _ := rep.Rep("sam")
	if sam.Ratio < 1 || sam.Ratio > 1.1 {
		t.Errorf("sam got %.2f× his expected share", sam.Ratio)
	}
}

// A month of 1,200 leads shared 3:2:1, with Tomás on holiday for a week
// and Noor capped at 20 a day.
func Example() {
	rep, err := Simulate(context.Background(), "rules.yaml", 1200, 1)
	if err != nil {
		panic(err)
	}
	for _, r := range rep.Reps {
		fmt.Printf("%-5s %4d leads  %4.1f%% (expected %4.1f%%)\n", r.ID, r.Leads, 100*r.Share, 100*r.ExpectedShare)
	}
	fmt.Printf("fairness: max/min %s, Gini %.3f\n", rep.Fairness.MaxMin, rep.Fairness.Gini)
	// Output:
	// noor   404 leads  33.7% (expected 33.3%)
	// sam    639 leads  53.2% (expected 50.0%)
	// tomas  157 leads  13.1% (expected 16.7%)
	// fairness: max/min 1.36, Gini 0.065
}
