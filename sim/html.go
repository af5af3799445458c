package sim

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"math"
	"strings"
	"sync"
	"time"
)

// WriteHTML writes the report as one self-contained HTML page: inline CSS
// and inline SVG charts (distribution per rep against the expected share,
// leads per rep per day on a date axis with weekends shaded, coverage-gap
// heatmaps per rule) and the report's tables, with the accept deadlines
// (SLA) when rules had them, and a plain-words note on what max/min and
// the Gini coefficient mean. The page loads nothing from the network and runs no script. It
// does not modify the report.
func (r *Report) WriteHTML(w io.Writer) error {
	data := struct {
		R                                   *Report
		Title                               string
		Distribution, Daily                 template.HTML
		Heatmaps                            []heatmap
		GapRanges                           []GapRange
		AssignedPct, QueuedPct, FallbackPct string
		ProblemsPct                         string
		WorkTime                            string
		MeasuredPct                         string
	}{
		R:            r,
		Title:        fmt.Sprintf("leadroute simulation: %s leads", num(r.Leads)),
		Distribution: distributionSVG(r),
		Daily:        dailySVG(r),
		Heatmaps:     heatmaps(r),
		GapRanges:    r.GapRanges(),
		AssignedPct:  pct(r.Assigned, r.Leads),
		QueuedPct:    pct(r.Queued, r.Leads),
		FallbackPct:  pct(r.Fallback, r.Leads),
		ProblemsPct:  pct(r.LeadsWithProblems, r.Leads),
		WorkTime:     workTimeText(r.WorkTime),
		MeasuredPct:  pct(r.Measured, r.Assigned),
	}
	return pageTmpl().Execute(w, data)
}

// pageTmpl parses the page on first use, not at start-up: most programs
// that import sim never write HTML.
var pageTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"num": num,
		"pct": pctf,
		"f2":  func(x float64) string { return fmt.Sprintf("%.2f", x) },
		"f1":  func(x float64) string { return fmt.Sprintf("%.1f", x) },
		"time": func(r *Report) string {
			return r.Start.In(loc(r)).Format("Mon 2006-01-02 15:04") + " – " + r.End.In(loc(r)).Format("Mon 2006-01-02 15:04")
		},
		"skipped": skipped,
		"dur":     shortDuration,
		"rule":    ruleName,
	}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.sub{color:#5b6475;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:22px}.card span{color:#5b6475;font-size:12px}
section{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:12px 16px;margin-top:16px;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:4px 10px;border-bottom:1px solid #edf0f4;text-align:left;vertical-align:top}
th{font-weight:600;color:#5b6475;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
td.n,th.n{text-align:right}
.muted{color:#8a92a3}
.bad{color:#b3261e}.good{color:#1b7f3b}
svg text{font:11px system-ui,sans-serif;fill:#1d2330}
svg .axis{stroke:#c3c9d4;stroke-width:1}
svg .weekend{fill:#eef1f6}
svg text.tick{font-size:9px;fill:#5b6475}
.note{color:#5b6475;font-size:13px;margin:6px 0}
.legend{font-size:12px;color:#5b6475}
.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
.heat{display:flex;flex-wrap:wrap;gap:16px}
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<p class="sub">{{time .R}} ({{.R.TimeZone}}); {{.WorkTime}}{{if .R.StatusChanges}}; {{num .R.StatusChanges}} live status changes applied{{end}}.</p>
<div class="cards">
<div class="card"><b>{{num .R.Leads}}</b><span>leads</span></div>
<div class="card"><b>{{num .R.Assigned}}</b><span>assigned ({{.AssignedPct}})</span></div>
<div class="card"><b>{{num .R.Queued}}</b><span>queued ({{.QueuedPct}})</span></div>
<div class="card"><b>{{.FallbackPct}}</b><span>fallback rate ({{num .R.Fallback}})</span></div>
<div class="card"><b>{{.R.Fairness.MaxMin}}</b><span>max/min vs expected</span></div>
<div class="card"><b>{{printf "%.3f" .R.Fairness.Gini}}</b><span>Gini coefficient</span></div>
{{with .R.SLA}}<div class="card"><b{{if .Misses}} class="bad"{{end}}>{{pct .MissRate}}</b><span>accept deadlines missed ({{num .Misses}})</span></div>{{end}}
{{if .R.Errors}}<div class="card"><b class="bad">{{num .R.Errors}}</b><span>route errors</span></div>{{end}}
</div>

<section id="distribution">
<h2>Distribution per rep</h2>
<p class="legend"><span class="sw" style="background:#3b6fd8"></span>leads from pools with a fixed expected split<span class="sw" style="background:#a5bff0"></span>leads from other pools<span class="sw" style="background:#e8590c"></span>expected (what each pool's strategy says it splits: evenly, by weight or by capacity)</p>
{{.Distribution}}
<table>
<thead><tr><th>rep</th><th class="n">leads</th><th class="n">share</th><th class="n">compared</th><th class="n">expected</th><th class="n">vs expected</th><th class="n">weight</th><th>passed over</th></tr></thead>
<tbody>
{{range .R.Reps}}<tr><td>{{.ID}}</td><td class="n">{{num .Leads}}</td><td class="n">{{pct .Share}}</td><td class="n">{{num .Measured}}</td><td class="n">{{if .Expected}}{{f1 .Expected}}{{else}}<span class="muted">–</span>{{end}}</td><td class="n">{{if .Expected}}{{f2 .Ratio}}{{else}}<span class="muted">–</span>{{end}}</td><td class="n">{{.Weight}}</td><td>{{skipped .Skipped}}</td></tr>
{{end}}</tbody>
</table>
{{if .R.Fairness.MaxRep}}<p>Fairness, leads against expected share: max/min <b>{{.R.Fairness.MaxMin}}</b> ({{.R.Fairness.MaxRep}} / {{.R.Fairness.MinRep}}), Gini <b>{{printf "%.3f" .R.Fairness.Gini}}</b>, measured on {{num .R.Measured}} of {{num .R.Assigned}} assigned leads ({{.MeasuredPct}}){{if lt .R.Measured .R.Assigned}}; the others came from pools whose strategy has no fixed expected split (see Pools){{end}}.</p>{{else}}<p class="note">No fairness figure: no pool that assigned leads has a strategy with a fixed expected split (see Pools).</p>{{end}}
<p class="note" id="fairness-help"><b>Compared</b> counts a rep's leads from pools whose strategy has a fixed expected split; <b>expected</b> is how many of those pools' leads the strategy would have given them, and <b>vs expected</b> is compared divided by expected what their pools' strategies would have given them (1.00 = exactly their share). <b>max/min</b> is the highest of these ratios divided by the lowest: 1.00 means everyone got their share, 2.00 means the luckiest rep got twice as much, relative to their share, as the unluckiest. The <b>Gini coefficient</b> sums up how unevenly leads went relative to those shares, from 0 (everyone exactly their share) towards 1 (one rep got everything).</p>
</section>

<section id="over-time">
<h2>Leads per rep per day</h2>
{{.Daily}}
</section>

{{if .R.Pools}}<section id="pools">
<h2>Pools</h2>
<table>
<thead><tr><th>pool</th><th>strategy</th><th>expected split</th><th class="n">leads</th><th>members (leads, expected share)</th><th class="n">max/min</th><th class="n">Gini</th></tr></thead>
<tbody>
{{range .R.Pools}}<tr><td>{{.Key}}</td><td><code>{{.Strategy}}</code></td><td>{{if .HasExpectation}}{{.Expectation}}{{else}}<span class="muted">none: {{.Expectation}}</span>{{end}}</td><td class="n">{{num .Leads}}</td><td>{{$has := .HasExpectation}}{{range $i, $m := .Reps}}{{if $i}}, {{end}}{{$m.ID}} ({{num $m.Leads}}{{if $has}}, {{pct $m.ExpectedShare}}{{end}}){{end}}</td>{{if and .HasExpectation .Leads}}<td class="n">{{.Fairness.MaxMin}}</td><td class="n">{{printf "%.3f" .Fairness.Gini}}</td>{{else}}<td class="n muted">–</td><td class="n muted">–</td>{{end}}</tr>
{{end}}</tbody>
</table>
</section>{{end}}

<section id="rules">
<h2>Rules</h2>
<table>
<thead><tr><th>rule</th><th class="n">matched</th><th class="n">assigned</th><th class="n">queued</th><th class="n">overflow</th><th class="n">fell through</th><th class="n">matcher errors</th></tr></thead>
<tbody>
{{range .R.Rules}}<tr><td>{{.Name}}</td><td class="n">{{num .Matched}}</td><td class="n">{{num .Assigned}}</td><td class="n">{{num .Queued}}</td><td class="n">{{num .Overflow}}</td><td class="n">{{num .FellThrough}}</td><td class="n">{{num .MatchErrors}}</td></tr>
{{end}}</tbody>
</table>
</section>

{{if .R.Queues}}<section id="queues">
<h2>Queues</h2>
<table>
<thead><tr><th>queue</th><th class="n">total</th><th>rule</th><th>reason</th><th class="n">leads for this reason</th></tr></thead>
<tbody>
{{range .R.Queues}}{{$q := .}}{{range $i, $rc := .Reasons}}<tr>{{if eq $i 0}}<td>{{$q.Queue}}</td><td class="n">{{num $q.Leads}}</td>{{else}}<td></td><td></td>{{end}}<td>{{rule $rc.Rule}}</td><td>{{$rc.Reason}}</td><td class="n">{{num $rc.Leads}}</td></tr>
{{end}}{{end}}</tbody>
</table>
</section>{{end}}

{{with .R.SLA}}<section id="sla">
<h2>Accept deadlines (SLA)</h2>
<p class="note">Rules with an accept deadline: how long reps took to accept (Options.Accept), checked for overdue leads every {{dur .CheckEvery}} on the virtual clock; overdue leads were rerouted. <b>Late</b>: accepted after the deadline but before a check found it; <b>overdue</b>: found by a check and rerouted, to another rep (<b>reassigned</b>) or a queue. A miss is late or overdue.</p>
<table>
<thead><tr><th></th><th class="n">assigned</th><th class="n">in time</th><th class="n">late</th><th class="n">overdue</th><th class="n">miss rate</th><th class="n">reassigned</th><th class="n">to queue</th><th class="n">received</th></tr></thead>
<tbody>
<tr><td><b>all</b></td><td class="n">{{num .Assignments}}</td><td class="n">{{num .InTime}}</td><td class="n">{{num .Late}}</td><td class="n">{{num .Overdue}}</td><td class="n">{{pct .MissRate}}</td><td class="n">{{num .Reassigned}}</td><td class="n">{{num .Queued}}</td><td></td></tr>
{{range .Rules}}<tr><td>rule {{.Rule}} ({{dur .AcceptWithin}})</td><td class="n">{{num .Assignments}}</td><td class="n">{{num .InTime}}</td><td class="n">{{num .Late}}</td><td class="n">{{num .Overdue}}</td><td class="n">{{pct .MissRate}}</td><td class="n">{{num .Reassigned}}</td><td class="n">{{num .Queued}}</td><td></td></tr>
{{end}}{{range .Reps}}<tr><td>rep {{.Rep}}</td><td class="n">{{num .Assignments}}</td><td class="n">{{num .InTime}}</td><td class="n">{{num .Late}}</td><td class="n">{{num .Overdue}}</td><td class="n">{{pct .MissRate}}</td><td class="n">{{num .Reassigned}}</td><td class="n">{{num .Queued}}</td><td class="n">{{num .Received}}</td></tr>
{{end}}</tbody>
</table>
{{if .Unsettled}}<p class="bad">{{num .Unsettled}} assignments could not be rerouted and were given up on.</p>{{end}}
</section>{{end}}

<section id="coverage">
<h2>Coverage gaps</h2>
{{if .GapRanges}}<p class="legend">Hours of the week ({{.R.TimeZone}}) in which a rule matched leads but nobody in its pool was eligible, per pool.<span class="sw" style="background:#d0d6e0"></span>matched, covered<span class="sw" style="background:#e03131"></span>gap (darker: more leads)</p>
<div class="heat">{{range .Heatmaps}}<div><b>{{.Rule}}</b><br>{{.SVG}}</div>{{end}}</div>
<table>
<thead><tr><th>pool</th><th>when</th><th class="n">leads</th><th>outcome and why</th></tr></thead>
<tbody>
{{range .GapRanges}}<tr><td>{{.Pool}}</td><td>{{.When}}</td><td class="n">{{num .Leads}}</td><td>{{.Outcome}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="good">None: whenever a rule matched a lead, someone in its pool was eligible.</p>{{end}}
</section>

<section id="problems">
<h2>Lead problems</h2>
{{if .R.Problems}}<p>{{num .R.LeadsWithProblems}} leads ({{.ProblemsPct}}) had problems; they still routed.</p>
<table>
<thead><tr><th>field</th><th>problem</th><th class="n">leads</th><th>examples</th></tr></thead>
<tbody>
{{range .R.Problems}}<tr><td>{{.Field}}</td><td>{{.Problem}}</td><td class="n">{{num .Leads}}</td><td>{{range $i, $e := .Examples}}{{if $i}}, {{end}}<code>{{$e}}</code>{{end}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="good">None.</p>{{end}}
{{if .R.ErrorSamples}}<h2>Route errors</h2><ul>{{range .R.ErrorSamples}}<li><code>{{.}}</code></li>{{end}}</ul>{{end}}
</section>
</main>
</body>
</html>
`))
})

// palette colours reps in the charts.
var palette = []string{"#3b6fd8", "#2f9e44", "#e8590c", "#7048e8", "#0c8599", "#c2255c", "#f08c00", "#5c940d", "#1864ab", "#862e9c", "#d6336c", "#495057"}

func esc(s string) string { return html.EscapeString(s) }

// distributionSVG draws one horizontal bar per rep with a tick at the
// expected count.
func distributionSVG(r *Report) template.HTML {
	if len(r.Reps) == 0 {
		return ""
	}
	const (
		labelW = 140
		barW   = 560
		rowH   = 22
	)
	maxV := 1.0
	for _, s := range r.Reps {
		maxV = math.Max(maxV, math.Max(float64(s.Leads), s.Expected))
	}
	h := rowH*len(r.Reps) + 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg role="img" aria-label="leads per rep" width="%d" height="%d" viewBox="0 0 %d %d">`, labelW+barW+70, h, labelW+barW+70, h)
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="0" x2="%d" y2="%d"/>`, labelW, labelW, h)
	for i, s := range r.Reps {
		y := i*rowH + 4
		w := float64(barW) * float64(s.Leads) / maxV
		wm := float64(barW) * float64(s.Measured) / maxV
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, labelW-6, y+14, esc(s.ID))
		if s.Leads > s.Measured {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="#a5bff0" rx="2"><title>%s: %s leads (%s), %s of them from pools with no fixed expected split</title></rect>`, labelW, y+2, w, rowH-8, esc(s.ID), num(s.Leads), pctf(s.Share), num(s.Leads-s.Measured))
		}
		if s.Measured > 0 {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="#3b6fd8" rx="2"><title>%s: %s leads from pools with a fixed expected split</title></rect>`, labelW, y+2, wm, rowH-8, esc(s.ID), num(s.Measured))
		}
		if s.Expected > 0 {
			x := float64(labelW) + float64(barW)*s.Expected/maxV
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e8590c" stroke-width="3"><title>expected %.1f</title></line>`, x, y, x, y+rowH-4, s.Expected)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`, float64(labelW)+w+6, y+14, num(s.Leads))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// dailySVG draws small multiples: one column chart per rep (and one for
// queued leads) of leads per day, on a shared scale and a shared date axis
// (every day of the period, days without leads included) with weekends
// shaded and dates marked on Mondays (on the 1st and 15th of the month for
// periods longer than ten weeks).
func dailySVG(r *Report) template.HTML {
	if len(r.Days) == 0 {
		return ""
	}
	type series struct {
		name  string
		color string
		vals  []int
	}
	var ss []series
	for i, rs := range r.Reps {
		if rs.Leads == 0 {
			continue
		}
		s := series{name: rs.ID, color: palette[i%len(palette)]}
		for _, d := range r.Days {
			s.vals = append(s.vals, d.ByRep[rs.ID])
		}
		ss = append(ss, s)
	}
	q := series{name: "queued", color: "#868e96"}
	for _, d := range r.Days {
		q.vals = append(q.vals, d.Queued)
	}
	if r.Queued > 0 {
		ss = append(ss, q)
	}
	maxV := 1
	for _, s := range ss {
		for _, v := range s.vals {
			maxV = max(maxV, v)
		}
	}
	const (
		cellW, cellH = 250, 104
		cols         = 4
		plotH        = 60
	)
	days := calendar(r.Days)
	n := len(days)
	rows := (len(ss) + cols - 1) / cols
	W, H := cols*cellW, rows*cellH
	var b strings.Builder
	fmt.Fprintf(&b, `<svg role="img" aria-label="leads per rep per day" width="%d" height="%d" viewBox="0 0 %d %d">`, W, H, W, H)
	bw := float64(cellW-30) / float64(n)
	ticks := dateTicks(days)
	for k, s := range ss {
		x0 := float64(k%cols*cellW + 10)
		y0 := float64(k/cols*cellH + 16)
		total := 0
		for _, v := range s.vals {
			total += v
		}
		fmt.Fprintf(&b, `<g class="multiple"><text x="%.0f" y="%.0f"><tspan font-weight="600">%s</tspan> · %s</text>`, x0, y0-4, esc(s.name), num(total))
		for i, d := range days {
			if wd := d.t.Weekday(); wd == time.Saturday || wd == time.Sunday {
				fmt.Fprintf(&b, `<rect class="weekend" x="%.1f" y="%.0f" width="%.1f" height="%d"/>`, x0+float64(i)*bw, y0, bw, plotH)
			}
		}
		fmt.Fprintf(&b, `<line class="axis" x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f"/>`, x0, y0+plotH, x0+float64(cellW-30), y0+plotH)
		for i, d := range days {
			if d.src < 0 || s.vals[d.src] == 0 {
				continue
			}
			v := s.vals[d.src]
			h := float64(plotH) * float64(v) / float64(maxV)
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %d</title></rect>`,
				x0+float64(i)*bw, y0+plotH-h, math.Max(bw-1, 0.5), h, s.color, esc(s.name), d.t.Format("Mon 2006-01-02"), v)
		}
		for _, i := range ticks {
			x := x0 + float64(i)*bw
			fmt.Fprintf(&b, `<line class="axis" x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f"/><text class="tick" x="%.1f" y="%.0f">%s</text>`,
				x, y0+plotH, x, y0+plotH+4, x, y0+plotH+14, days[i].t.Format("Jan 2"))
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	fmt.Fprintf(&b, `<p class="legend">%s to %s, %d days; shared scale, tallest bar %s leads; <span class="sw" style="background:#eef1f6;border:1px solid #dde1e8"></span>weekends (%s).</p>`,
		days[0].t.Format(time.DateOnly), days[n-1].t.Format(time.DateOnly), n, num(maxV), esc(r.TimeZone))
	return template.HTML(b.String())
}

// calDay is one day of the daily chart's axis: src is its index in
// Report.Days, or -1 for a day without leads.
type calDay struct {
	t   time.Time
	src int
}

// calendar lists every day from the first to the last of days (which are
// sorted), so that the chart's axis is true to time. Dates that do not
// parse are kept in order as they are.
func calendar(days []DayStats) []calDay {
	var out []calDay
	for i, d := range days {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			continue
		}
		if n := len(out); n > 0 {
			for gap := out[n-1].t.AddDate(0, 0, 1); gap.Before(t) && len(out) < 366*20; gap = gap.AddDate(0, 0, 1) {
				out = append(out, calDay{t: gap, src: -1})
			}
		}
		out = append(out, calDay{t: t, src: i})
	}
	if len(out) == 0 {
		out = append(out, calDay{src: -1})
	}
	return out
}

// dateTicks returns the indexes of the days to label: the first day, and
// Mondays (or, over more than ten weeks, the 1st and 15th of each month),
// leaving room for the labels.
func dateTicks(days []calDay) []int {
	long := len(days) > 70
	out := []int{0}
	minGap := max(len(days)/6, 1)
	for i, d := range days {
		mark := d.t.Weekday() == time.Monday
		if long {
			mark = d.t.Day() == 1 || d.t.Day() == 15
		}
		if mark && i-out[len(out)-1] >= minGap {
			out = append(out, i)
		}
	}
	return out
}

type heatmap struct {
	Rule string
	SVG  template.HTML
}

// heatmaps draws, for each rule with coverage gaps, a 7×24 grid of the
// hours of the week: grey where the rule matched leads and someone was
// eligible, red where there was a gap.
func heatmaps(r *Report) []heatmap {
	gaps := map[string]*[168]int{}
	maxGap := 1
	for _, g := range r.Gaps {
		m := gaps[g.Pool]
		if m == nil {
			m = new([168]int)
			gaps[g.Pool] = m
		}
		m[weekHour(g)] += g.Leads
		maxGap = max(maxGap, m[weekHour(g)])
	}
	var out []heatmap
	const c = 13
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	for _, ps := range r.Pools {
		m := gaps[ps.Key]
		if m == nil {
			continue
		}
		rs := struct {
			Name          string
			MatchedByHour [168]int
		}{ps.Key, ps.MatchedByHour}
		W, H := 34+24*c, 16+7*c
		var b strings.Builder
		fmt.Fprintf(&b, `<svg role="img" aria-label="coverage of rule %s" width="%d" height="%d" viewBox="0 0 %d %d">`, esc(rs.Name), W, H, W, H)
		for h := 0; h < 24; h += 6 {
			fmt.Fprintf(&b, `<text x="%d" y="10">%02d</text>`, 34+h*c, h)
		}
		for d := range 7 {
			fmt.Fprintf(&b, `<text x="0" y="%d">%s</text>`, 16+d*c+10, days[d])
			for h := range 24 {
				i := d*24 + h
				fill := "#f1f3f5"
				title := ""
				switch {
				case m[i] > 0:
					a := 0.35 + 0.65*float64(m[i])/float64(maxGap)
					fill = fmt.Sprintf("rgba(224,49,49,%.2f)", a)
					title = fmt.Sprintf("%s %02d:00 — %d of %d matched leads had nobody eligible", days[d], h, m[i], rs.MatchedByHour[i])
				case rs.MatchedByHour[i] > 0:
					fill = "#d0d6e0"
					title = fmt.Sprintf("%s %02d:00 — %d matched leads, covered", days[d], h, rs.MatchedByHour[i])
				}
				fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s">`, 34+h*c, 16+d*c, c-1, c-1, fill)
				if title != "" {
					fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
				}
				b.WriteString(`</rect>`)
			}
		}
		b.WriteString(`</svg>`)
		out = append(out, heatmap{Rule: rs.Name, SVG: template.HTML(b.String())})
	}
	return out
}
