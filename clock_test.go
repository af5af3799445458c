package leadroute_test

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	lr "github.com/leadroute/leadroute"
)

func TestManualClock(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		run  func(c *lr.ManualClock) time.Time
		want time.Time
	}{
		{"new", func(c *lr.ManualClock) time.Time { return c.Now() }, t0},
		{"set", func(c *lr.ManualClock) time.Time { c.Set(t0.Add(time.Minute)); return c.Now() }, t0.Add(time.Minute)},
		{"set backwards", func(c *lr.ManualClock) time.Time { c.Set(t0.Add(-time.Hour)); return c.Now() }, t0.Add(-time.Hour)},
		{"advance returns", func(c *lr.ManualClock) time.Time { return c.Advance(time.Hour) }, t0.Add(time.Hour)},
		{"advance moves", func(c *lr.ManualClock) time.Time { c.Advance(time.Hour); return c.Now() }, t0.Add(time.Hour)},
		{"advance negative", func(c *lr.ManualClock) time.Time { return c.Advance(-time.Hour) }, t0.Add(-time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.run(lr.NewManualClock(t0))
			assert.True(t, got.Equal(tt.want), "got %v, want %v", got, tt.want)
		})
	}

	t.Run("zero value", func(t *testing.T) {
		var c lr.ManualClock
		assert.True(t, c.Now().IsZero())
		assert.Equal(t, time.Time{}.Add(time.Second), c.Advance(time.Second))
	})
	t.Run("keeps the location", func(t *testing.T) {
		c := lr.NewManualClock(t0.In(madrid))
		assert.Equal(t, madrid, c.Now().Location())
		assert.Equal(t, 11, c.Now().Hour())
	})
	t.Run("concurrent advances add up", func(t *testing.T) {
		c := lr.NewManualClock(t0)
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range 100 {
					c.Advance(time.Second)
					_ = c.Now()
				}
			})
		}
		wg.Wait()
		assert.Equal(t, t0.Add(800*time.Second), c.Now())
	})
}

func TestManualClockAllocs(t *testing.T) {
	c := lr.NewManualClock(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	if n := testing.AllocsPerRun(100, func() { _ = c.Now() }); n != 0 {
		t.Errorf("Now allocates %v times, want 0", n)
	}
}
