package sim_test

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/leadroute/leadroute/sim"
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
