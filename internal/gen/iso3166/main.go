// Command iso3166 generates leadroute's ISO 3166 tables
// (internal/iso3166/table_gen.go) from a snapshot of the iso-3166 npm
// package (github.com/wooorm/iso-3166, MIT), which follows the ISO 3166
// Maintenance Agency's changes as published, and from aliases.txt, the
// hand-kept list of common country names and codes the source lacks.
//
// Usage, from internal/iso3166 (as go generate runs it):
//
//	go run ../gen/iso3166 -src ../gen/iso3166/data/iso-3166 -aliases ../gen/iso3166/aliases.txt -out table_gen.go
//
// To move to a newer release of the source, run refresh.sh VERSION in this
// directory: it replaces the snapshot with that release and regenerates.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute/internal/text"
)

func main() {
	src := flag.String("src", "data/iso-3166", "directory of the iso-3166 npm package (package.json, 1.js, 2.js)")
	aliases := flag.String("aliases", "aliases.txt", "file of extra country names and codes")
	out := flag.String("out", "table_gen.go", "Go file to write")
	flag.Parse()
	code, err := generate(*src, *aliases)
	if err == nil {
		err = os.WriteFile(*out, code, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "iso3166:", err)
		os.Exit(1)
	}
}

// country is one ISO 3166-1 entry.
type country struct {
	a2, a3, numeric, name string
}

// subdivision is one ISO 3166-2 entry.
type subdivision struct {
	code, name, parent string
}

// Priorities of lookup keys: when two entries share a key, the one of
// higher priority keeps it; at equal priority the key is ambiguous and
// dropped (for derived keys) or an error (for names given by the source or
// aliases.txt, which a person must resolve).
const (
	prioDerived = 1 // "Korea" from "Korea, Republic of"
	prioAlias   = 2 // aliases.txt; a nested subdivision's name
	prioName    = 3 // the source's name; a first-level subdivision's name
	prioCode    = 4 // alpha-2, alpha-3, numeric
)

func generate(src, aliasFile string) ([]byte, error) {
	meta, err := readMeta(filepath.Join(src, "package.json"))
	if err != nil {
		return nil, err
	}
	rs, err := parseJS(filepath.Join(src, "1.js"), "name", "state", "alpha2", "alpha3", "numeric")
	if err != nil {
		return nil, err
	}
	var cs []country
	for _, r := range rs {
		if r["state"] != "assigned" {
			continue
		}
		cs = append(cs, country{a2: r["alpha2"], a3: r["alpha3"], numeric: r["numeric"], name: r["name"]})
	}
	rs, err = parseJS(filepath.Join(src, "2.js"), "code", "name", "parent")
	if err != nil {
		return nil, err
	}
	subs := make([]subdivision, len(rs))
	for i, r := range rs {
		subs[i] = subdivision{code: r["code"], name: r["name"], parent: r["parent"]}
	}
	extra, aliases, err := readAliases(aliasFile)
	if err != nil {
		return nil, err
	}
	cs = append(cs, extra...)
	return build(meta, cs, len(extra), subs, aliases)
}

type pkgMeta struct {
	Name       string `json:"name"`
	Version    string `json:"version"`
	Repository string `json:"repository"`
}

func readMeta(path string) (pkgMeta, error) {
	var m pkgMeta
	b, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err == nil && (m.Name != "iso-3166" || m.Version == "") {
		err = fmt.Errorf("%s: not the iso-3166 package (name %q, version %q)", path, m.Name, m.Version)
	}
	return m, err
}

var fieldRE = regexp.MustCompile(`^\s+([a-z0-9]+): (?:'([^'\\]*)'|"([^"\\]*)"),?$`)

// parseJS reads the array of flat objects that the iso-3166 package's
// modules export, one "key: 'value'" per line, and checks that every object
// has the wanted keys and nothing else.
func parseJS(path string, keys ...string) ([]map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []map[string]string
	var cur map[string]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch t := strings.TrimSpace(line); {
		case t == "{":
			if cur != nil {
				return nil, fmt.Errorf("%s:%d: nested object", path, n)
			}
			cur = map[string]string{}
		case t == "}" || t == "},":
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: unexpected }", path, n)
			}
			if len(cur) != len(keys) {
				return nil, fmt.Errorf("%s:%d: object has %d keys, want %v", path, n, len(cur), keys)
			}
			out = append(out, cur)
			cur = nil
		case cur != nil:
			m := fieldRE.FindStringSubmatch(line)
			if m == nil || !slices.Contains(keys, m[1]) {
				return nil, fmt.Errorf("%s:%d: cannot read %q", path, n, line)
			}
			cur[m[1]] = m[2] + m[3]
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entries", path)
	}
	return out, sc.Err()
}

// readAliases reads aliases.txt: "CC name" lines give another name of
// country CC; "+CC AAA NNN name" lines add a code that ISO 3166-1 does not
// assign but that data in the wild uses (NNN may be "-").
func readAliases(path string) (extra []country, aliases [][2]string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	for n, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "+"); ok {
			f := strings.SplitN(rest, " ", 4)
			if len(f) != 4 || len(f[0]) != 2 || len(f[1]) != 3 {
				return nil, nil, fmt.Errorf("%s:%d: want \"+CC AAA NNN name\"", path, n+1)
			}
			num := f[2]
			if num == "-" {
				num = ""
			}
			extra = append(extra, country{a2: f[0], a3: f[1], numeric: num, name: strings.TrimSpace(f[3])})
			continue
		}
		cc, name, ok := strings.Cut(line, " ")
		if !ok || len(cc) != 2 {
			return nil, nil, fmt.Errorf("%s:%d: want \"CC name\"", path, n+1)
		}
		aliases = append(aliases, [2]string{cc, strings.TrimSpace(name)})
	}
	return extra, aliases, nil
}

func key(s string) string { return string(text.AppendNameKey(nil, s)) }

// keySet collects lookup keys and resolves clashes by priority.
type keySet struct {
	by map[string]map[int]int // key → entry → best priority
}

func (k *keySet) add(s string, entry, prio int) {
	if s == "" {
		return
	}
	if k.by == nil {
		k.by = map[string]map[int]int{}
	}
	m := k.by[s]
	if m == nil {
		m = map[int]int{}
		k.by[s] = m
	}
	m[entry] = max(m[entry], prio)
}

// resolve returns the keys, sorted, with the entry each one names.
func (k *keySet) resolve(what func(int) string) ([]string, []int, error) {
	var keys []string
	var vals []int
	var errs []error
	for _, s := range slices.Sorted(mapsKeys(k.by)) {
		best, who := 0, []int(nil)
		for e, p := range k.by[s] {
			switch {
			case p > best:
				best, who = p, []int{e}
			case p == best:
				who = append(who, e)
			}
		}
		if len(who) > 1 {
			if best >= prioAlias {
				slices.Sort(who)
				var names []string
				for _, e := range who {
					names = append(names, what(e))
				}
				errs = append(errs, fmt.Errorf("key %q names %s", s, strings.Join(names, " and ")))
			}
			continue // ambiguous: nobody gets it
		}
		keys = append(keys, s)
		vals = append(vals, who[0])
	}
	return keys, vals, errors.Join(errs...)
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

var parenRE = regexp.MustCompile(`\s*\([^)]*\)`)

// variants returns other names a person may write for name: without
// parentheses, the part before a comma, the inverted form of "Korea,
// Republic of", each part of "A / B", and "St" for "Saint".
func variants(name string) []string {
	var out []string
	if p := strings.TrimSpace(parenRE.ReplaceAllString(name, "")); p != name && p != "" {
		out = append(out, p)
		name = p
	}
	if head, tail, ok := strings.Cut(name, ", "); ok {
		out = append(out, head)
		if strings.HasSuffix(tail, " of") || strings.HasSuffix(tail, " of the") {
			out = append(out, tail+" "+head)
		}
	}
	if strings.Contains(name, "/") {
		for p := range strings.SplitSeq(name, "/") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	for _, s := range append([]string{name}, out...) {
		if strings.HasPrefix(s, "Saint ") {
			out = append(out, "St "+s[len("Saint "):])
		}
	}
	return out
}

func build(meta pkgMeta, cs []country, nExtra int, subs []subdivision, aliases [][2]string) ([]byte, error) {
	slices.SortFunc(cs, func(a, b country) int { return cmp.Compare(a.a2, b.a2) })
	idx := map[string]int{}
	var errs []error
	for i, c := range cs {
		if !isUpper(c.a2, 2) || !isUpper(c.a3, 3) || (c.numeric != "" && !isDigits(c.numeric, 3)) || c.name == "" {
			errs = append(errs, fmt.Errorf("bad country %+v", c))
		}
		if _, dup := idx[c.a2]; dup {
			errs = append(errs, fmt.Errorf("country %s twice", c.a2))
		}
		idx[c.a2] = i
	}
	if len(cs) > 254 {
		errs = append(errs, fmt.Errorf("%d countries do not fit the one-byte index", len(cs)))
	}

	var ck keySet
	for i, c := range cs {
		ck.add(strings.ToLower(c.a2), i, prioCode)
		ck.add(strings.ToLower(c.a3), i, prioCode)
		ck.add(c.numeric, i, prioCode)
		ck.add(key(c.name), i, prioName)
		for _, v := range variants(c.name) {
			ck.add(key(v), i, prioDerived)
		}
	}
	for _, a := range aliases {
		i, ok := idx[a[0]]
		if !ok {
			errs = append(errs, fmt.Errorf("alias %q of unknown country %s", a[1], a[0]))
			continue
		}
		ck.add(key(a[1]), i, prioAlias)
	}
	cKeys, cVals, err := ck.resolve(func(i int) string { return cs[i].a2 })
	if err != nil {
		errs = append(errs, fmt.Errorf("country names: %w", err))
	}
	for _, a := range aliases {
		// An alias that another country's code or name outranks is a
		// mistake in aliases.txt, not something to drop silently.
		k := key(a[1])
		if j, found := slices.BinarySearch(cKeys, k); found && cs[cVals[j]].a2 != a[0] {
			errs = append(errs, fmt.Errorf("alias %q of %s: %q already names %s", a[1], a[0], k, cs[cVals[j]].a2))
		}
	}

	slices.SortFunc(subs, func(a, b subdivision) int { return cmp.Compare(a.code, b.code) })
	subStart := make([]int, len(cs)+1)
	var sk keySet
	for i, s := range subs {
		cc, rest, ok := strings.Cut(s.code, "-")
		ci, known := idx[cc]
		if !ok || !known || len(rest) == 0 || len(rest) > 3 || !isUpperAlnum(rest) || s.name == "" {
			errs = append(errs, fmt.Errorf("bad subdivision %+v", s))
			continue
		}
		if i > 0 && subs[i-1].code == s.code {
			errs = append(errs, fmt.Errorf("subdivision %s twice", s.code))
		}
		subStart[ci+1] = i + 1
		prio := prioAlias // nested in another subdivision
		if s.parent == cc {
			prio = prioName
		}
		sk.add(cc+key(s.name), i, prio)
		for _, v := range variants(s.name) {
			sk.add(cc+key(v), i, prio-1)
		}
	}
	for i := 1; i < len(subStart); i++ {
		subStart[i] = max(subStart[i], subStart[i-1])
	}
	// Sub-names that clash at the top priority are dropped, not errors:
	// ISO 3166-2 itself repeats names (a city and its province).
	sKeys, sVals, _ := sk.resolve(func(i int) string { return subs[i].code })
	keyStart := make([]int, len(cs)+1)
	for i, s := range sKeys {
		keyStart[idx[s[:2]]+1] = i + 1
	}
	for i := 1; i < len(keyStart); i++ {
		keyStart[i] = max(keyStart[i], keyStart[i-1])
	}
	if len(subs) > 65535 || len(sKeys) > 65535 {
		errs = append(errs, errors.New("too many subdivisions for uint16 indexes"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	var w bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&w, format, args...) }
	p("// Code generated by internal/gen/iso3166; DO NOT EDIT.\n\n")
	p("// Source: npm package %s@%s (github.com/%s, MIT), %d countries and\n", meta.Name, meta.Version, meta.Repository, len(cs)-nExtra)
	p("// %d subdivisions, snapshot in internal/gen/iso3166/data/iso-3166; and\n", len(subs))
	p("// internal/gen/iso3166/aliases.txt. To refresh: internal/gen/iso3166/refresh.sh VERSION,\n")
	p("// or after editing aliases.txt: go generate ./internal/iso3166\n\n")
	p("package iso3166\n\n")
	p("// Source names the data these tables were generated from.\n")
	p("const Source = %q\n\n", meta.Name+"@"+meta.Version+" (npm; github.com/"+meta.Repository+")")
	p("const numCountries = %d\n\n", len(cs))

	var index [26 * 26]byte
	for i, c := range cs {
		index[int(c.a2[0]-'A')*26+int(c.a2[1]-'A')] = byte(i + 1)
	}
	p("// a2Index maps the alpha-2 pair AB at (A-'A')*26 + (B-'A') to the\n// country's index + 1, or 0 when unassigned.\n")
	p("const a2Index = %s\n\n", chunks(splitBytes(string(index[:]), 32)))

	var a2s, a3s, nums []string
	var names []string
	for _, c := range cs {
		a2s = append(a2s, c.a2)
		a3s = append(a3s, c.a3)
		nums = append(nums, cmp.Or(c.numeric, "   "))
		names = append(names, c.name)
	}
	p("// alpha2, alpha3 and numeric hold each country's codes at index*2,\n// index*3 and index*3; a numeric of spaces means none.\n")
	p("const (\n\talpha2 = %s\n\talpha3 = %s\n\tnumeric = %s\n)\n\n", chunks(a2s), chunks(a3s), chunks(nums))
	p("// names holds each country's name, as the source writes it.\n")
	packed(&w, "names", names)
	p("// countryKeys are the sorted lookup keys of countries (names, aliases,\n// codes, as text.AppendNameKey folds them); countryVals their indexes.\n")
	packed(&w, "countryKeys", cKeys)
	ints(&w, "countryVals", "uint8", cVals)

	var codes []string
	for _, s := range subs {
		codes = append(codes, s.code)
	}
	p("// subCodes are the sorted ISO 3166-2 codes; subStart[i] is the first\n// of country i's, subStart[i+1] one past its last.\n")
	packed(&w, "subCodes", codes)
	ints(&w, "subStart", "uint16", subStart)
	p("// subKeys are the sorted lookup keys of subdivision names: the\n// country's alpha-2 code and the folded name. subVals are the indexes in\n// subCodes; subKeyStart[i] is the first of country i's keys.\n")
	packed(&w, "subKeys", sKeys)
	ints(&w, "subVals", "uint16", sVals)
	ints(&w, "subKeyStart", "uint16", keyStart)
	return format.Source(w.Bytes())
}

func packed(w *bytes.Buffer, name string, items []string) {
	off := make([]int, 0, len(items)+1)
	n := 0
	for _, s := range items {
		off = append(off, n)
		n += len(s)
	}
	off = append(off, n)
	fmt.Fprintf(w, "var %s = packed{\n\tdata: %s,\n\toff: []uint32{%s},\n}\n\n", name, chunks(items), intList(off))
}

func ints(w *bytes.Buffer, name, typ string, xs []int) {
	fmt.Fprintf(w, "var %s = [...]%s{%s}\n\n", name, typ, intList(xs))
}

func intList(xs []int) string {
	var b strings.Builder
	for i, x := range xs {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		b.WriteString(strconv.Itoa(x))
		b.WriteString(", ")
	}
	b.WriteString("\n")
	return b.String()
}

// chunks writes the concatenation of items as a Go string expression, a
// line of about 72 bytes at a time, never splitting an item.
func chunks(items []string) string {
	var lines []string
	var cur strings.Builder
	for _, s := range items {
		if cur.Len() > 0 && cur.Len()+len(s) > 72 {
			lines = append(lines, strconv.Quote(cur.String()))
			cur.Reset()
		}
		cur.WriteString(s)
	}
	if cur.Len() > 0 || len(lines) == 0 {
		lines = append(lines, strconv.Quote(cur.String()))
	}
	if len(lines) == 1 {
		return lines[0]
	}
	return "\"\" +\n\t" + strings.Join(lines, " +\n\t")
}

func splitBytes(s string, n int) []string {
	var out []string
	for len(s) > n {
		out = append(out, s[:n])
		s = s[n:]
	}
	return append(out, s)
}

func isUpper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}
