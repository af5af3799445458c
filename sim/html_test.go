package sim_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
	"github.com/leadroute/leadroute/strategies"
)

func TestWriteHTML(t *testing.T) {
	reps, build := scenario(t)
	leads := append(scenarioLeads(), sim.Generate(3, 1500, sim.GenOptions{})...)
	rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{Reps: reps})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.Bytes()
	checkBalanced(t, page)

	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var (
		svgs, tables, rects int
		title               string
		ids                 []string
	)
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "svg":
			svgs++
		case "rect":
			rects++
		case "table":
			tables++
		case "title":
			if n.Parent.Data == "head" && n.FirstChild != nil {
				title = n.FirstChild.Data
			}
		case "script", "iframe", "object", "embed", "img", "link":
			t.Errorf("self-contained page has a <%s>", n.Data)
		}
		for _, a := range n.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			switch a.Key {
			case "src", "href", "xlink:href", "action", "srcset":
				if strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") || strings.HasPrefix(v, "//") {
					t.Errorf("<%s %s=%q> loads from the network", n.Data, a.Key, a.Val)
				}
			case "id":
				ids = append(ids, a.Val)
			}
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s %s> is a script handler", n.Data, a.Key)
			}
		}
	}
	if strings.Contains(string(page), "http://") || strings.Contains(string(page), "https://") {
		t.Error("page mentions an http(s) URL")
	}
	if title != "leadroute simulation: 1,513 leads" {
		t.Errorf("title %q", title)
	}
	// Distribution, small multiples, and one heatmap per rule with gaps.
	if svgs < 3 {
		t.Errorf("%d svg elements, want distribution, daily and heatmap charts", svgs)
	}
	if rects < 50 {
		t.Errorf("only %d rects in the charts", rects)
	}
	if tables < 5 {
		t.Errorf("%d tables", tables)
	}
	for _, id := range []string{"distribution", "over-time", "rules", "queues", "coverage", "problems"} {
		if !slices.Contains(ids, id) {
			t.Errorf("no section %q", id)
		}
	}
	for _, s := range []string{"alice", "vip-queue", "not a known country"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("page lacks %q", s)
		}
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	rep := &sim.Report{Leads: 1, Assigned: 1, TimeZone: "UTC",
		Reps: []sim.RepStats{{ID: `<script>alert("x")</script>`, Leads: 1, Share: 1}},
		Days: []sim.DayStats{{Date: "2026-03-02", Leads: 1, ByRep: map[string]int{`<script>alert("x")</script>`: 1}}}}
	var buf bytes.Buffer
	if err := rep.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script>") {
		t.Fatal("rep ID not escaped")
	}
	checkBalanced(t, buf.Bytes())
}

// checkBalanced checks that every non-void element is closed in order.
func checkBalanced(t *testing.T, page []byte) {
	t.Helper()
	void := map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "input": true, "link": true, "wbr": true}
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []string
	sawDoctype := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			if len(stack) > 0 {
				t.Fatalf("unclosed elements: %v", stack)
			}
			if !sawDoctype {
				t.Fatal("no doctype")
			}
			return
		case html.DoctypeToken:
			sawDoctype = true
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// liveReport simulates four weeks with a skill pool (no fixed
// expectation), a weighted pool under an accept deadline, live status
// events and the default work time.
func liveReport(t *testing.T) *sim.Report {
	t.Helper()
	hours := mustHours(t, "Mon-Fri 08:00-18:00")
	reps := []leadroute.Rep{
		{ID: "ana", Weight: 3, Skills: map[string]int{"es": 3}, Hours: hours},
		{ID: "ben", Weight: 1, Hours: hours, MaxOpen: 6},
		{ID: "carl", Weight: 1, Skills: map[string]int{"es": 2}},
		{ID: "dee", Weight: 2},
	}
	rules := []leadroute.Rule{
		{Name: "spanish", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Language == "es" }), Pool: []string{"ana", "carl"},
			Strategy: strategies.SkillBased(map[string]int{"es": 2}, nil)},
		{Name: "inbound", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Score >= 50 }), Pool: []string{"ana", "ben", "dee"},
			Strategy: strategies.Weighted(), AcceptWithin: 15 * time.Minute, WorkingHours: true, Overflow: "inbound-queue"},
		{Name: "rest", Pool: []string{"ben", "carl", "dee"}, Strategy: strategies.RoundRobin()},
	}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rules...)}, opts...)...)
	}
	events, err := sim.ReadEvents(strings.NewReader(`{"at": "2026-03-04T09:00:00Z", "rep": "dee", "away": true, "until": "2026-03-06T09:00:00Z"}
{"at": "2026-03-16T00:00:00Z", "rep": "ben", "max_open": 2}
{"at": "2026-03-23T00:00:00Z", "rep": "ben"}
`))
	require.NoError(t, err)
	rep, err := sim.Run(context.Background(), build, sim.Leads(sim.Generate(5, 3000, sim.GenOptions{})), sim.Options{
		Reps: reps, Rules: rules, Seed: 5, Events: events,
		Accept: sim.AcceptModel{Mean: 9 * time.Minute, Spread: 9 * time.Minute, Ignore: 0.05},
	})
	require.NoError(t, err)
	return rep
}

// TestWriteHTMLLive checks the page's new parts structurally; with
// SIM_HTML_OUT set it also writes the page there, for
// testdata/check-html.sh to render in a browser.
func TestWriteHTMLLive(t *testing.T) {
	rep := liveReport(t)
	require.NotNil(t, rep.SLA)
	assert.Equal(t, 3, rep.StatusChanges)
	assert.Equal(t, sim.DefaultWorkTime, rep.WorkTime)
	var buf bytes.Buffer
	require.NoError(t, rep.WriteHTML(&buf))
	page := buf.Bytes()
	if out := os.Getenv("SIM_HTML_OUT"); out != "" {
		require.NoError(t, os.WriteFile(out, page, 0o644))
	}
	checkBalanced(t, page)
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)

	text := func(n *html.Node) string {
		var b strings.Builder
		for c := range n.Descendants() {
			if c.Type == html.TextNode {
				b.WriteString(c.Data + " ")
			}
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	attr := func(n *html.Node, key string) string {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val
			}
		}
		return ""
	}
	sections := map[string]*html.Node{}
	weekends, ticks := 0, []string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.Data == "section":
			sections[attr(n, "id")] = n
		case n.Data == "rect" && attr(n, "class") == "weekend":
			weekends++
		case n.Data == "text" && attr(n, "class") == "tick":
			ticks = append(ticks, text(n))
		case n.Data == "table":
			// No table repeats a header (the Queues table had two "leads").
			var hs []string
			for c := range n.Descendants() {
				if c.Type == html.ElementNode && c.Data == "th" {
					if h := strings.ToLower(text(c)); h != "" {
						assert.NotContains(t, hs, h, "table repeats header %q", h)
						hs = append(hs, h)
					}
				}
			}
		}
	}
	for _, id := range []string{"distribution", "over-time", "pools", "rules", "queues", "sla", "coverage", "problems"} {
		assert.Contains(t, sections, id)
	}
	// Four weeks from Monday 2 March: 8 weekend days, shaded in each of
	// the per-day charts (reps with leads and the queue).
	charts := 0
	for _, s := range rep.Reps {
		if s.Leads > 0 {
			charts++
		}
	}
	if rep.Queued > 0 {
		charts++
	}
	assert.Equal(t, 8*charts, weekends)
	// Dates on Mondays: 2, 9, 16 and 23 March, in every chart.
	assert.Equal(t, charts*4, len(ticks))
	assert.Equal(t, []string{"Mar 2", "Mar 9", "Mar 16", "Mar 23"}, ticks[:4])

	pools := text(sections["pools"])
	assert.Contains(t, pools, "skill-based(es>=2, then round-robin) none: the best skill match takes each lead")
	assert.Contains(t, pools, "weighted by weight")
	assert.Contains(t, pools, "round-robin even")
	dist := text(sections["distribution"])
	assert.Contains(t, dist, "max/min is the highest of these ratios divided by the lowest")
	assert.Contains(t, dist, "The Gini coefficient sums up")
	assert.Contains(t, dist, fmt.Sprintf("measured on %s of %s assigned leads", commas(rep.Measured), commas(rep.Assigned)))
	sla := text(sections["sla"])
	s := rep.SLA
	assert.Contains(t, sla, fmt.Sprintf("all %s %s %s %s", commas(s.Assignments), commas(s.InTime), commas(s.Late), commas(s.Overdue)))
	assert.Contains(t, sla, "rule inbound (15m)")
	assert.Contains(t, text(doc), "assigned leads were released after a work time of 4h; 3 live status changes applied")
	assert.Contains(t, text(sections["queues"]), "queue total rule reason leads for this reason")
}

// commas formats n as the report does.
func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
