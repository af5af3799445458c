package store_test

import (
	"context"
	"fmt"

	"github.com/leadroute/leadroute/store"
)

// team is a store.Members: three reps, each with a daily cap of 2.
type team []string

func (t team) Len() int            { return len(t) }
func (t team) ID(i int) string     { return t[i] }
func (t team) Eligible(i int) bool { return true }
func (t team) Limits(i int) []store.Limit {
	return []store.Limit{{Counter: store.Counter{Kind: "daily", Member: t[i], Window: 20415}, Max: 2}}
}

// One Commit is one routing decision: the store walks the rotation from
// its cursor, skips members whose caps are full, and applies the caps, the
// cursor and the decision record together. A second Commit of the same
// decision ID is a replay.
func ExampleMemory_Commit() {
	ctx := context.Background()
	s := store.NewMemory(store.MemoryOptions{})
	reps := team{"ana", "bo", "cy"}
	for i := range 7 {
		out, err := s.Commit(ctx, &store.Step{Decision: fmt.Sprint("lead-", i), Rule: "emea", Rotation: "emea", Members: reps})
		if err != nil {
			panic(err)
		}
		if out.Index < 0 {
			fmt.Println(i, "nobody has room")
			continue
		}
		fmt.Println(i, out.Record.Member)
	}
	again, _ := s.Commit(ctx, &store.Step{Decision: "lead-0", Rotation: "emea", Members: reps})
	fmt.Println("lead-0 again:", again.Record.Member, "replay:", again.Replay)
	// Output:
	// 0 ana
	// 1 bo
	// 2 cy
	// 3 ana
	// 4 bo
	// 5 cy
	// 6 nobody has room
	// lead-0 again: ana replay: true
}
