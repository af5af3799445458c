package leadroute_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// auditRouter routes every lead to dan or eve by round-robin, and leads
// from "XX" to no rule (the fallback queue).
func auditRouter(t *testing.T, opts ...lr.Option) *lr.Router {
	t.Helper()
	r, err := lr.New(append([]lr.Option{
		lr.WithClock(fixed),
		lr.WithReps(lr.Rep{ID: "dan"}, lr.Rep{ID: "eve"}),
		lr.WithRules(lr.Rule{Name: "all", Match: lr.MatcherFunc(func(l *lr.Lead) bool { return l.Country != "XX" }),
			Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
		lr.WithFallbackQueue("triage"),
	}, opts...)...)
	require.NoError(t, err)
	return r
}

// lineWriter checks that every Write is exactly one JSON line.
type lineWriter struct {
	t     *testing.T
	mu    sync.Mutex
	lines [][]byte
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Count(p, []byte("\n")) != 1 || p[len(p)-1] != '\n' || !json.Valid(p) {
		w.t.Errorf("write is not one JSON line: %q", p)
	}
	w.lines = append(w.lines, bytes.Clone(p))
	return len(p), nil
}

func (w *lineWriter) decisions(t *testing.T) []lr.Decision {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ds []lr.Decision
	for _, l := range w.lines {
		var d lr.Decision
		require.NoError(t, json.Unmarshal(l, &d))
		ds = append(ds, d)
	}
	return ds
}

func TestAuditLogRecordsEveryDecisionConcurrently(t *testing.T) {
	w := &lineWriter{t: t}
	audit := lr.NewAuditLog(w, lr.AuditOptions{})
	r := auditRouter(t, lr.WithObservers(audit))
	const goroutines, each = 8, 100
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				country := "US"
				if i%10 == 0 {
					country = "XX"
				}
				_, err := r.Route(context.Background(), lr.Lead{ID: "L" + strconv.Itoa(g*each+i), Country: country})
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
	ds := w.decisions(t)
	require.Len(t, ds, goroutines*each)
	seen := map[string]bool{}
	reps := map[string]int{}
	for _, d := range ds {
		assert.False(t, seen[d.LeadID], "lead %s recorded twice", d.LeadID)
		seen[d.LeadID] = true
		assert.True(t, d.At.Equal(fixed.Now()), "at %v", d.At)
		assert.Nil(t, d.Trace)
		if d.Queue != "" {
			assert.Equal(t, "triage", d.Queue)
			assert.Equal(t, "no rule decided", d.Reason)
			continue
		}
		assert.Equal(t, "all", d.Rule)
		reps[d.RepID]++
	}
	assert.Equal(t, map[string]int{"dan": 360, "eve": 360}, reps)
	assert.Equal(t, lr.AuditStats{Written: goroutines * each}, audit.Stats())
}

func TestAuditLogTraceAndReplays(t *testing.T) {
	for _, withTrace := range []bool{false, true} {
		t.Run("trace="+strconv.FormatBool(withTrace), func(t *testing.T) {
			w := &lineWriter{t: t}
			audit := lr.NewAuditLog(w, lr.AuditOptions{Trace: withTrace})
			r := auditRouter(t, lr.WithObservers(audit), lr.WithTrace(true))
			ctx := context.Background()
			first, err := r.Route(ctx, lr.Lead{ID: "L1", Country: "US"})
			require.NoError(t, err)
			_, err = r.Route(ctx, lr.Lead{ID: "L1", Country: "US"})
			require.NoError(t, err)
			ex, err := r.Explain(ctx, lr.Lead{ID: "L2", Country: "US"})
			require.NoError(t, err)
			require.NoError(t, audit.Record(ex)) // Explain is not observed; recorded by hand

			ds := w.decisions(t)
			require.Len(t, ds, 3)
			assert.Equal(t, first.RepID, ds[0].RepID)
			assert.False(t, ds[0].Replay)
			assert.True(t, ds[1].Replay)
			assert.Equal(t, first.RepID, ds[1].RepID)
			assert.True(t, ds[2].DryRun)
			if withTrace {
				assert.Equal(t, first.Trace, ds[0].Trace)
				assert.NotEmpty(t, ds[2].Trace)
			} else {
				for _, d := range ds {
					assert.Nil(t, d.Trace)
				}
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// shortWriter writes one byte less than asked, without an error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

func TestAuditLogFailedWritesAreCountedNotFatal(t *testing.T) {
	tests := []struct {
		name string
		w    io.Writer
		want error
	}{
		{"write error", failWriter{}, errDiskFull},
		{"short write", shortWriter{}, io.ErrShortWrite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var reported []error
			audit := lr.NewAuditLog(tt.w, lr.AuditOptions{OnError: func(err error) { mu.Lock(); reported = append(reported, err); mu.Unlock() }})
			r := auditRouter(t, lr.WithObservers(audit))
			for i := range 3 {
				d, err := r.Route(context.Background(), lr.Lead{ID: "L" + strconv.Itoa(i), Country: "US"})
				require.NoError(t, err, "routing goes on")
				require.NotEmpty(t, d.RepID)
			}
			st := audit.Stats()
			assert.Equal(t, uint64(0), st.Written)
			assert.Equal(t, uint64(3), st.Failed)
			assert.ErrorIs(t, st.LastErr, tt.want)
			assert.Contains(t, st.LastErr.Error(), `lead "L2"`)
			require.Len(t, reported, 3)
			for _, err := range reported {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
}

// stuckWriter blocks every write until release is closed.
type stuckWriter struct {
	entered chan struct{}
	release chan struct{}
	buf     bytes.Buffer
}

func (w *stuckWriter) Write(p []byte) (int, error) {
	w.entered <- struct{}{}
	<-w.release
	return w.buf.Write(p)
}

func TestAuditLogStuckWriterDropsAfterTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := &stuckWriter{entered: make(chan struct{}, 1), release: make(chan struct{})}
		audit := lr.NewAuditLog(w, lr.AuditOptions{Timeout: 50 * time.Millisecond})
		r := auditRouter(t, lr.WithObservers(audit))
		ctx := context.Background()

		go r.Route(ctx, lr.Lead{ID: "first", Country: "US"}) // its write hangs
		<-w.entered

		start := time.Now()
		d, err := r.Route(ctx, lr.Lead{ID: "second", Country: "US"})
		require.NoError(t, err)
		assert.NotEmpty(t, d.RepID, "the decision stands")
		assert.Equal(t, 50*time.Millisecond, time.Since(start), "waited Timeout, no longer")

		st := audit.Stats()
		assert.Equal(t, uint64(1), st.Dropped)
		assert.ErrorIs(t, st.LastErr, os.ErrDeadlineExceeded)
		assert.Contains(t, st.LastErr.Error(), `lead "second" dropped`)

		close(w.release)
		synctest.Wait()
		assert.Equal(t, uint64(1), audit.Stats().Written)
		assert.Contains(t, w.buf.String(), `"lead_id":"first"`)
		assert.NotContains(t, w.buf.String(), `"second"`)
	})
}

// deadlineWriter records the write deadlines it is given.
type deadlineWriter struct {
	bytes.Buffer
	deadlines []time.Time
}

func (w *deadlineWriter) SetWriteDeadline(t time.Time) error {
	w.deadlines = append(w.deadlines, t)
	return nil
}

func TestAuditLogSetsWriteDeadlines(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := &deadlineWriter{}
		audit := lr.NewAuditLog(w, lr.AuditOptions{})
		require.NoError(t, audit.Record(lr.Decision{LeadID: "L1", Queue: "q"}))
		now := time.Now()
		assert.Equal(t, []time.Time{now.Add(lr.DefaultAuditTimeout), {}}, w.deadlines, "set for the write, then cleared")

		w.deadlines = nil
		unlimited := lr.NewAuditLog(w, lr.AuditOptions{Timeout: -1})
		require.NoError(t, unlimited.Record(lr.Decision{LeadID: "L2", Queue: "q"}))
		assert.Empty(t, w.deadlines, "no deadline without a timeout")
		assert.Equal(t, 2, strings.Count(w.String(), "\n"))
	})
}

func TestAuditLogRecordsErrorsAndFlushes(t *testing.T) {
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	audit := lr.NewAuditLog(bw, lr.AuditOptions{})
	d := lr.Decision{LeadID: "L1", Queue: "triage", Rule: "emea", Reason: "error: boom", At: fixed.Now(), Err: errors.New("boom")}
	require.NoError(t, audit.Record(d))
	assert.Empty(t, out.String(), "buffered until Flush")
	require.NoError(t, audit.Flush())
	assert.Equal(t, `{"lead_id":"L1","queue":"triage","rule":"emea","reason":"error: boom","at":"2026-11-23T15:00:00Z","error":"boom"}`+"\n", out.String())

	require.NoError(t, lr.NewAuditLog(&out, lr.AuditOptions{}).Flush(), "a writer without Flush has nothing to flush")

	bad := lr.Decision{LeadID: "L2", Queue: "q", At: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	err := audit.Record(bad)
	require.Error(t, err)
	assert.Equal(t, uint64(1), audit.Stats().Failed)
}

func TestNewAuditLogPanicsOnNilWriter(t *testing.T) {
	assert.PanicsWithValue(t, "leadroute: NewAuditLog: nil writer", func() { lr.NewAuditLog(nil, lr.AuditOptions{}) })
}
