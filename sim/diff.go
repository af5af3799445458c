package sim

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/leadroute/leadroute"
)

// DiffReport says which leads two rule sets route differently. It is plain
// data with JSON tags; it may be read from many goroutines.
type DiffReport struct {
	// Leads is how many leads were routed by both.
	Leads int `json:"leads"`
	// Moved counts leads whose target (rep or queue) differs; RuleChanged
	// counts, among them, leads decided by a different rule (the others
	// moved within the same rule: a different rep in the rotation, or a
	// rep who became eligible or not).
	Moved       int `json:"moved"`
	RuleChanged int `json:"rule_changed"`
	// Matrix counts leads per (old target, new target) pair, unchanged
	// pairs included, sorted by count.
	Matrix []Move `json:"matrix"`
	// Changes lists the leads that moved, in the order routed.
	Changes []Change `json:"changes"`
	// Old and New are the two simulations' full reports.
	Old *Report `json:"old"`
	New *Report `json:"new"`
}

// Move is a cell of the from→to matrix. Targets are rep IDs, or
// "queue:NAME" for queues (see [Target]).
type Move struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Leads int    `json:"leads"`
}

// Change is one lead routed differently by the new rules.
type Change struct {
	LeadID    string    `json:"lead_id"`
	CreatedAt time.Time `json:"created_at"`
	From      string    `json:"from"`
	To        string    `json:"to"`
	OldRule   string    `json:"old_rule"`
	NewRule   string    `json:"new_rule"`
	OldReason string    `json:"old_reason"`
	NewReason string    `json:"new_reason"`
}

// Target names where a decision sent the lead: the rep ID, or
// "queue:NAME".
func Target(d leadroute.Decision) string {
	if d.RepID != "" {
		return d.RepID
	}
	return "queue:" + d.Queue
}

// Diff routes the same leads through the routers that oldBuild and
// newBuild return, each on its own virtual clock and with its own state,
// in lockstep, and reports which leads would go to a different rep or
// queue. Options apply to both simulations (OnDecision sees the new
// rules' decisions).
//
// Leads is iterated once. Diff stops at the first error from the Source or
// when ctx is done. It is safe for concurrent use, provided the builders
// are.
func Diff(ctx context.Context, oldBuild, newBuild BuildFunc, leads Source, opts Options) (*DiffReport, error) {
	oldR, err := newRunner(ctx, oldBuild, opts)
	if err != nil {
		return nil, fmt.Errorf("old rules: %w", err)
	}
	newR, err := newRunner(ctx, newBuild, opts)
	if err != nil {
		return nil, fmt.Errorf("new rules: %w", err)
	}
	dr := &DiffReport{}
	matrix := map[[2]string]int{}
	for l, err := range leads {
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		od := oldR.step(l)
		nd := newR.step(l)
		if err := cmp.Or(oldR.err, newR.err); err != nil {
			return nil, err
		}
		if opts.OnDecision != nil {
			opts.OnDecision(l, nd)
		}
		dr.Leads++
		from, to := Target(od), Target(nd)
		matrix[[2]string{from, to}]++
		if from != to {
			dr.Moved++
			if od.Rule != nd.Rule {
				dr.RuleChanged++
			}
			dr.Changes = append(dr.Changes, Change{LeadID: l.ID, CreatedAt: nd.At, From: from, To: to,
				OldRule: od.Rule, NewRule: nd.Rule, OldReason: od.Reason, NewReason: nd.Reason})
		}
		if opts.Progress != nil && dr.Leads%1024 == 0 {
			opts.Progress(dr.Leads)
		}
	}
	if opts.Progress != nil {
		opts.Progress(dr.Leads)
	}
	for k, n := range matrix {
		dr.Matrix = append(dr.Matrix, Move{From: k[0], To: k[1], Leads: n})
	}
	slices.SortFunc(dr.Matrix, func(a, b Move) int {
		if a.Leads != b.Leads {
			return b.Leads - a.Leads
		}
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		return strings.Compare(a.To, b.To)
	})
	if dr.Changes == nil {
		dr.Changes = []Change{}
	}
	oldR.drain()
	newR.drain()
	if err := cmp.Or(oldR.err, newR.err); err != nil {
		return nil, err
	}
	dr.Old, dr.New = oldR.report(), newR.report()
	return dr, nil
}

// Moves returns the count of leads that went from one target to another
// (0 if none).
func (d *DiffReport) Moves(from, to string) int {
	for _, m := range d.Matrix {
		if m.From == from && m.To == to {
			return m.Leads
		}
	}
	return 0
}

// WriteText writes the diff for a terminal: a summary, the from→to matrix
// and the first maxChanges changed leads (all if maxChanges < 0). It does
// not modify the report.
func (d *DiffReport) WriteText(w io.Writer, maxChanges int) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintf(bw, "%s of %s would move (%s); %s decided by a different rule.\n",
		num(d.Moved), plural(d.Leads, "lead"), pct(d.Moved, d.Leads), num(d.RuleChanged))
	if d.Old != nil && d.New != nil {
		fmt.Fprintf(bw, "  assigned %s → %s   queued %s → %s   fallback %s → %s\n",
			num(d.Old.Assigned), num(d.New.Assigned), num(d.Old.Queued), num(d.New.Queued), pctf(d.Old.FallbackRate), pctf(d.New.FallbackRate))
	}
	if d.Moved == 0 {
		return bw.Flush()
	}
	froms, tos := map[string]bool{}, map[string]bool{}
	for _, m := range d.Matrix {
		froms[m.From], tos[m.To] = true, true
	}
	rows, cols := sortTargets(froms), sortTargets(tos)
	if len(cols) <= 12 {
		fmt.Fprintf(bw, "\nFrom (rows, old rules) → to (columns, new rules); unchanged on the diagonal in [brackets]\n")
		fmt.Fprintf(tw, "  \t%s\n", strings.Join(cols, "\t"))
		cells := make([]string, len(cols))
		for _, r := range rows {
			for i, c := range cols {
				n := d.Moves(r, c)
				switch {
				case n == 0:
					cells[i] = "."
				case r == c:
					cells[i] = "[" + num(n) + "]"
				default:
					cells[i] = num(n)
				}
			}
			fmt.Fprintf(tw, "  %s\t%s\n", r, strings.Join(cells, "\t"))
		}
		tw.Flush()
	} else {
		fmt.Fprintf(bw, "\nMoves\n")
		for _, m := range d.Matrix {
			if m.From != m.To {
				fmt.Fprintf(tw, "  %s\t→ %s\t%s\n", m.From, m.To, num(m.Leads))
			}
		}
		tw.Flush()
	}
	n := len(d.Changes)
	if maxChanges >= 0 && n > maxChanges {
		n = maxChanges
	}
	if n > 0 {
		fmt.Fprintf(bw, "\nLeads that move")
		if n < len(d.Changes) {
			fmt.Fprintf(bw, " (first %d of %s)", n, num(len(d.Changes)))
		}
		fmt.Fprintln(bw)
		fmt.Fprintln(tw, "  lead\tcreated\tfrom\tto\told rule\tnew rule\tnew reason")
		for _, c := range d.Changes[:n] {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.LeadID, c.CreatedAt.UTC().Format("Mon 01-02 15:04"), c.From, c.To, ruleName(c.OldRule), ruleName(c.NewRule), c.NewReason)
		}
		tw.Flush()
	}
	return bw.Flush()
}

func ruleName(r string) string {
	if r == "" {
		return "(fallback)"
	}
	return r
}

// sortTargets sorts reps first, then queues, by name.
func sortTargets(set map[string]bool) []string {
	ts := slices.Sorted(maps.Keys(set))
	slices.SortStableFunc(ts, func(a, b string) int {
		qa, qb := strings.HasPrefix(a, "queue:"), strings.HasPrefix(b, "queue:")
		switch {
		case qa == qb:
			return 0
		case qa:
			return 1
		}
		return -1
	})
	return ts
}
