package redisstore_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
)

// The multi-process test: the parent starts Redis and re-executes the test
// binary as procs child processes (the env variables below tell a child
// what to do), each routing with goroutines goroutines on one Store.
const (
	envAddr = "REDISSTORE_CHILD_ADDR" // Redis address; set only in children
	envNS   = "REDISSTORE_CHILD_NS"
	envOut  = "REDISSTORE_CHILD_OUT" // file for the child's shared decisions
	envProc = "REDISSTORE_CHILD_PROC"

	procs      = 3
	goroutines = 32
	perG       = 12 // rotation commits per goroutine, uncapped run
	cappedG    = 6  // rotation commits per goroutine, capped run
	dailyCap   = 30 // the capped run's daily cap per member
	sharedIDs  = 64 // decision IDs every process commits
	teamSize   = 7
)

// TestProcesses: 3 processes × 32 goroutines share one Redis. A rotation
// over 7 members is exact (each gets ⌊N/7⌋ or ⌈N/7⌉), daily caps are never
// exceeded, and a decision ID committed by every process is decided once.
func TestProcesses(t *testing.T) {
	if addr := os.Getenv(envAddr); addr != "" {
		child(t, addr)
		return
	}
	srv := redistest.Start(t)
	ns := fmt.Sprintf("procs%d", time.Now().UnixNano())
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, procs)
	outs := make([][]byte, procs)
	for p := range procs {
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestProcesses$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(),
			envAddr+"="+srv.Addr(), envNS+"="+ns, envProc+"="+strconv.Itoa(p),
			envOut+"="+filepath.Join(dir, fmt.Sprintf("out%d", p)))
		wg.Go(func() { outs[p], errs[p] = cmd.CombinedOutput() })
	}
	wg.Wait()
	for p := range procs {
		if errs[p] != nil {
			t.Fatalf("process %d: %v\n%s", p, errs[p], outs[p])
		}
	}

	rdb := client(t, srv.Addr())
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	get := func(c store.Counter) int64 {
		v, err := st.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	m := procTeam()
	day := today()
	const n = procs * goroutines * perG
	for i := range teamSize {
		id := m.ids[i]
		if got := get(store.Counter{Kind: "even", Member: id}); got != n/teamSize && got != (n+teamSize-1)/teamSize {
			t.Errorf("uncapped rotation: %s got %d of %d leads, want %d or %d", id, got, n, n/teamSize, (n+teamSize-1)/teamSize)
		}
		if got := get(store.Counter{Kind: "daily", Member: id, Window: day}); got != dailyCap {
			t.Errorf("capped rotation: %s's daily count is %d, want exactly the cap %d", id, got, dailyCap)
		}
	}
	// Shared decision IDs: every process saw the same member for each, and
	// only one commit per ID was applied.
	seen := map[string]string{}
	firsts := map[string]int{}
	for p := range procs {
		file, err := os.Open(filepath.Join(dir, fmt.Sprintf("out%d", p)))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		lines := 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 3 {
				t.Fatalf("process %d: bad line %q", p, sc.Text())
			}
			id, member, replay := f[0], f[1], f[2]
			if prev, ok := seen[id]; ok && prev != member {
				t.Errorf("decision %s: one process got %s, another %s", id, prev, member)
			}
			seen[id] = member
			if replay == "0" {
				firsts[id]++
			}
			lines++
		}
		file.Close()
		if lines != sharedIDs {
			t.Errorf("process %d reported %d shared decisions, want %d", p, lines, sharedIDs)
		}
	}
	var applied int64
	for i := range teamSize {
		applied += get(store.Counter{Kind: "dup", Member: m.ids[i]})
	}
	if applied != sharedIDs || len(seen) != sharedIDs {
		t.Errorf("shared decisions: %d applied for %d IDs, want %d", applied, len(seen), sharedIDs)
	}
	for id, k := range firsts {
		if k != 1 {
			t.Errorf("decision %s was first-committed %d times", id, k)
		}
	}
	for i := range teamSize {
		if got := get(store.Counter{Kind: "capped", Member: m.ids[i]}); got != dailyCap {
			t.Errorf("capped run: %s won %d, want %d", m.ids[i], got, dailyCap)
		}
	}
}

func today() int64 { return time.Now().UTC().Unix() / 86400 }

// procTeam is the children's team: 7 members; the limits depend on the run
// (Step.Rotation), see child.
func procTeam() *fixed {
	m := &fixed{away: map[int]bool{}}
	for i := range teamSize {
		m.ids = append(m.ids, fmt.Sprintf("rep%d", i))
	}
	return m
}

// child runs one process's share of TestProcesses.
func child(t *testing.T, addr string) {
	rdb := client(t, addr)
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: os.Getenv(envNS)})
	if err != nil {
		t.Fatal(err)
	}
	proc := os.Getenv(envProc)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	day := today()
	tomorrow := time.Unix((day+1)*86400, 0)
	// Limits for each run; each goroutine has its own Members (Limits'
	// slice is the Members').
	even := func() *fixed {
		m := procTeam()
		m.limits = func(i int) []store.Limit {
			return []store.Limit{{Counter: store.Counter{Kind: "even", Member: m.ids[i]}}}
		}
		return m
	}
	capped := func() *fixed {
		m := procTeam()
		m.limits = func(i int) []store.Limit {
			return []store.Limit{
				{Counter: store.Counter{Kind: "daily", Member: m.ids[i], Window: day}, Max: dailyCap, Expire: tomorrow},
				{Counter: store.Counter{Kind: "capped", Member: m.ids[i]}},
			}
		}
		return m
	}
	dup := func() *fixed {
		m := procTeam()
		m.limits = func(i int) []store.Limit {
			return []store.Limit{{Counter: store.Counter{Kind: "dup", Member: m.ids[i]}}}
		}
		return m
	}
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			e, c, d := even(), capped(), dup()
			for k := range max(perG, cappedG) {
				if k < perG {
					id := fmt.Sprintf("even-%s-%d-%d", proc, g, k)
					if _, err := st.Commit(ctx, &store.Step{Decision: id, Rotation: "even", Members: e}); err != nil {
						t.Error(err)
						return
					}
				}
				if k < cappedG {
					id := fmt.Sprintf("capped-%s-%d-%d", proc, g, k)
					if _, err := st.Commit(ctx, &store.Step{Decision: id, Rotation: "capped", Members: c}); err != nil {
						t.Error(err)
						return
					}
				}
			}
			for _, i := range []int{g, g + goroutines} {
				id := fmt.Sprintf("shared-%d", i)
				out, err := st.Commit(ctx, &store.Step{Decision: id, Rotation: "dup", Members: d})
				if err != nil {
					t.Error(err)
					return
				}
				replay := "0"
				if out.Replay {
					replay = "1"
				}
				mu.Lock()
				lines = append(lines, id+" "+out.Record.Member+" "+replay)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := os.WriteFile(os.Getenv(envOut), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
