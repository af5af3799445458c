package leadroute

import (
	"fmt"
	"math"
	"math/bits"
	"strings"

	"github.com/leadroute/leadroute/internal/text"
)

// Field names a Lead field that a [Cond] tests.
type Field uint8

// Indexable Lead fields.
const (
	FieldCountry Field = iota + 1
	FieldState
	FieldIndustry
	FieldSource
	FieldLanguage
	FieldDomain
	FieldEmployees
	FieldRevenue
	FieldScore
)

var fieldNames = [...]string{
	FieldCountry: "Country", FieldState: "State", FieldIndustry: "Industry",
	FieldSource: "Source", FieldLanguage: "Language", FieldDomain: "Domain",
	FieldEmployees: "Employees", FieldRevenue: "Revenue", FieldScore: "Score",
}

// String returns the Lead field's name ("Country").
func (f Field) String() string {
	if int(f) < len(fieldNames) && fieldNames[f] != "" {
		return fieldNames[f]
	}
	return fmt.Sprintf("field(%d)", f)
}

// numeric reports whether the field holds a number.
func (f Field) numeric() bool { return f >= FieldEmployees && f <= FieldScore }

// Cond is one field test of a [Conjunction].
//
// For a string field (Country, State, Industry, Source, Language, Domain)
// the lead's value, trimmed, must equal one of Values ignoring ASCII case;
// for Language it may instead be its primary subtag (the part before the
// first '-' or '_') that equals one, so that "pt" accepts "pt-BR".
// For a numeric field (Employees, Revenue, Score) it must satisfy
// Min <= value < Max; use math.Inf(-1) and math.Inf(1) for open ends.
type Cond struct {
	Field  Field
	Values []string
	Min    float64
	Max    float64
}

// Conjunction is an optional Matcher capability: a matcher whose Match is
// exactly the AND of a few field tests reports them with Conds, and the
// router then indexes its rule (per field, a map from value to the rules
// that accept it) instead of calling Match for every lead, so the cost of
// Route barely grows with the number of rules. ok false means the matcher
// cannot be expressed that way; the router calls Match.
//
// The built-in typed matchers, All of them, and expressions that are plain
// conjunctions of field tests (`Country in ["US","CA"] && Employees >=
// 1000`) implement it.
type Conjunction interface {
	Matcher
	Conds() (conds []Cond, ok bool)
}

// compiledCond is a Cond ready to test.
type compiledCond struct {
	field    Field
	set      map[string]struct{} // lower-cased values
	min, max float64
	indexed  bool // guaranteed by the rule index: no need to test again
}

// ruleIndex prunes the rules a lead can match: for each indexed string
// field, the rules that accept the lead's value or do not test the field.
type ruleIndex struct {
	words  int
	all    []uint64
	fields []fieldIndex
}

type fieldIndex struct {
	field   Field
	byValue map[string][]uint64 // lower- and upper-cased value → rules accepting it
	free    []uint64            // rules that do not test this field
	// two holds byValue's two-letter ASCII keys, case-insensitively, by
	// pair index (see pair): countries and languages, the commonest keys,
	// found without hashing. Nil when the field has no such key.
	two *[26 * 26][]uint64
	// lens has bit n set when byValue has a key of n bytes (n < 64; bit
	// 63 stands for all longer keys): a value of another length misses
	// without being hashed.
	lens uint64
	// exact holds byValue's keys for the exact probe, by a cheap hash
	// (byValue stays for the folding probe).
	exact strTable
	// For candidates64: free's word, and two's first words (nil when two
	// is).
	free0 uint64
	two0  *[26 * 26]uint64
	// normalised is field.normalised().
	normalised bool
}

// strTable is a small open-addressed set of strings mapped to rule sets,
// built once with the index: an exact probe is a few instructions of
// hashing (cheapHash) and one string comparison, cheaper than a map probe
// for the short keys of rules. Its keys come from the configuration, so
// its clusters are bounded by it; a lead's value only ever walks one.
type strTable struct {
	mask  uint32
	slots []strSlot // len mask+1, a power of two, at most half full
}

type strSlot struct {
	key string
	set []uint64 // nil: an empty slot
}

func newStrTable(m map[string][]uint64) strTable {
	n := 4
	for n < 2*len(m) {
		n *= 2
	}
	t := strTable{mask: uint32(n - 1), slots: make([]strSlot, n)}
	for k, set := range m {
		i := cheapHash(k) & t.mask
		for t.slots[i].set != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = strSlot{key: k, set: set}
	}
	return t
}

// get returns the set of the key equal to v, or nil.
func (t *strTable) get(v string) []uint64 {
	for i := cheapHash(v) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.set == nil || s.key == v {
			return s.set
		}
	}
}

// cheapHash mixes s's length with its first, middle and last 8 bytes
// (fewer for a short s): a few instructions. Equal strings must still be
// compared.
func cheapHash(s string) uint32 {
	n := len(s)
	x := uint64(n) * 0x9e3779b97f4a7c15
	switch {
	case n >= 8:
		x ^= load64(s, 0) ^ bits.RotateLeft64(load64(s, n-8), 29) ^ bits.RotateLeft64(load64(s, n/2-4), 47)
	case n >= 4:
		x ^= uint64(load32(s, 0)) | uint64(load32(s, n-4))<<32
	case n > 0:
		x ^= uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	x *= 0xbf58476d1ce4e5b9
	return uint32(x >> 32)
}

// lenBit is the bit of a key of n bytes in fieldIndex.lens.
func lenBit(n int) uint64 { return 1 << min(n, 63) }

// pair returns the index of a two-letter ASCII string in a [26*26] table,
// ignoring case, or -1.
func pair(v string) int {
	if len(v) != 2 {
		return -1
	}
	a, b := v[0]|0x20, v[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return -1
	}
	return int(a-'a')*26 + int(b-'a')
}

// minIndexedRules is the rule count below which a linear scan is as fast.
const minIndexedRules = 8

func compileConds(conds []Cond, path string) ([]compiledCond, error) {
	out := make([]compiledCond, 0, len(conds))
	for i, c := range conds {
		if c.Field < FieldCountry || c.Field > FieldScore {
			return nil, configErr(fmt.Sprintf("%s.Match.Conds[%d]", path, i), "unknown field %d", c.Field)
		}
		cc := compiledCond{field: c.Field, min: c.Min, max: c.Max}
		if c.Field.numeric() {
			if math.IsNaN(c.Min) || math.IsNaN(c.Max) {
				return nil, configErr(fmt.Sprintf("%s.Match.Conds[%d]", path, i), "%s bounds must be numbers", c.Field)
			}
		} else {
			cc.set = make(map[string]struct{}, len(c.Values))
			for _, v := range c.Values {
				cc.set[strings.ToLower(strings.TrimSpace(v))] = struct{}{}
			}
		}
		out = append(out, cc)
	}
	return out, nil
}

// buildIndex indexes the rules whose matchers are conjunctions. It returns
// nil when indexing would not pay.
func buildIndex(rules []compiledRule) *ruleIndex {
	n := len(rules)
	if n < minIndexedRules {
		return nil
	}
	words := (n + 63) / 64
	ix := &ruleIndex{words: words, all: make([]uint64, words)}
	for i := range n {
		ix.all[i/64] |= 1 << (i % 64)
	}
	for f := FieldCountry; f <= FieldDomain; f++ {
		fi := fieldIndex{field: f, byValue: map[string][]uint64{}, free: make([]uint64, words), normalised: f.normalised()}
		used := false
		for i := range rules {
			r := &rules[i]
			cond := -1
			if r.conj {
				for j := range r.conds {
					if r.conds[j].field == f {
						cond = j
						break
					}
				}
			}
			if cond < 0 {
				fi.free[i/64] |= 1 << (i % 64)
				continue
			}
			used = true
			r.conds[cond].indexed = true
			for v := range r.conds[cond].set {
				b := fi.byValue[v]
				if b == nil {
					b = make([]uint64, words)
					fi.byValue[v] = b
				}
				b[i/64] |= 1 << (i % 64)
			}
			for v := range r.conds[cond].set {
				// Normalised leads carry codes in upper case ("US",
				// "US-CA"): index those spellings too, so that one probe
				// hits without folding.
				if u := strings.ToUpper(v); u != v && isASCII(v) {
					fi.byValue[u] = fi.byValue[v] // ASCII: no two values share an upper case
				}
			}
		}
		if used {
			for v := range fi.byValue {
				fi.lens |= lenBit(len(v))
			}
			fi.exact = newStrTable(fi.byValue)
			fi.free0 = fi.free[0]
			for v, set := range fi.byValue {
				if p := pair(v); p >= 0 {
					if fi.two == nil {
						fi.two = new([26 * 26][]uint64)
						fi.two0 = new([26 * 26]uint64)
					}
					fi.two[p] = set
					fi.two0[p] = set[0]
				}
			}
			ix.fields = append(ix.fields, fi)
		}
	}
	if len(ix.fields) == 0 {
		for i := range rules {
			for j := range rules[i].conds {
				rules[i].conds[j].indexed = false
			}
		}
		return nil
	}
	for i := range rules {
		r := &rules[i]
		for j := range r.conds {
			if !r.conds[j].indexed {
				r.rest = append(r.rest, r.conds[j])
			}
		}
	}
	return ix
}

// candidates fills dst with the rules the lead may match. normal says
// the lead is in normal form (Lead.isNormal): its Country, State,
// Language and Domain then need no folding, so an exact miss is final.
func (ix *ruleIndex) candidates(l *Lead, dst []uint64, normal bool) {
	if len(dst) == 1 {
		dst[0] = ix.candidates64(l, normal)
		return
	}
	copy(dst, ix.all)
	vals := leadStrings(l)
	for k := range ix.fields {
		fi := &ix.fields[k]
		v := vals[fi.field]
		set := fi.lookup(v, normal)
		var sub []uint64
		if fi.field == FieldLanguage {
			if p, ok := primarySubtag(v); ok {
				sub = fi.lookup(p, false) // "es -mx": p may end in a space
			}
		}
		any := uint64(0)
		for w := range dst {
			var b uint64
			if set != nil {
				b = set[w]
			}
			if sub != nil {
				b |= sub[w]
			}
			dst[w] &= b | fi.free[w]
			any |= dst[w]
		}
		if any == 0 {
			return // no rule can match
		}
	}
}

// candidates64 is candidates for up to 64 rules: one word, no loops
// over words, and the two-letter values (countries, languages) found
// inline.
func (ix *ruleIndex) candidates64(l *Lead, normal bool) uint64 {
	m := ix.all[0]
	vals := leadStrings(l)
	for k := range ix.fields {
		fi := &ix.fields[k]
		v := vals[fi.field]
		b := fi.free0
		if p := pair(v); p >= 0 {
			if fi.two0 != nil {
				b |= fi.two0[p]
			}
		} else {
			if set := fi.lookupLong(v, normal); set != nil {
				b |= set[0]
			}
			if fi.field == FieldLanguage {
				if p, ok := primarySubtag(v); ok {
					if sub := fi.lookup(p, false); sub != nil { // p may end in a space
						b |= sub[0]
					}
				}
			}
		}
		if m &= b; m == 0 {
			return 0 // no rule can match
		}
	}
	return m
}

// leadStrings returns the lead's indexed string fields by Field.
func leadStrings(l *Lead) [FieldDomain + 1]string {
	return [...]string{FieldCountry: l.Country, FieldState: l.State, FieldIndustry: l.Industry,
		FieldSource: l.Source, FieldLanguage: l.Language, FieldDomain: l.Domain}
}

// condsHold tests the conditions (a rule's conds, or on the indexed path
// its rest: those the rule index does not guarantee). A NaN value fails
// every numeric test; an infinite one passes an open-ended (Max +Inf)
// test.
func condsHold(conds []compiledCond, l *Lead) bool {
	for i := range conds {
		c := &conds[i]
		if c.field.numeric() {
			v := numberField(l, c.field)
			if !(v >= c.min && (v < c.max || math.IsInf(c.max, 1))) {
				return false
			}
			continue
		}
		v := stringField(l, c.field)
		if _, ok := text.LookupFold(c.set, v); !ok {
			p, sub := primarySubtag(v)
			if c.field != FieldLanguage || !sub {
				return false
			}
			if _, ok := text.LookupFold(c.set, p); !ok {
				return false
			}
		}
	}
	return true
}

func stringField(l *Lead, f Field) string {
	switch f {
	case FieldCountry:
		return l.Country
	case FieldState:
		return l.State
	case FieldIndustry:
		return l.Industry
	case FieldSource:
		return l.Source
	case FieldLanguage:
		return l.Language
	case FieldDomain:
		return l.Domain
	}
	return ""
}

func numberField(l *Lead, f Field) float64 {
	switch f {
	case FieldEmployees:
		return float64(l.Employees)
	case FieldRevenue:
		return l.Revenue
	case FieldScore:
		return float64(l.Score)
	}
	return math.NaN()
}

// lookup returns the rules that accept the value v of the field. normal
// says v needs no folding when it is a Country, State, Language or
// Domain (see candidates).
func (fi *fieldIndex) lookup(v string, normal bool) []uint64 {
	if p := pair(v); p >= 0 {
		if fi.two == nil {
			return nil
		}
		return fi.two[p]
	}
	return fi.lookupLong(v, normal)
}

// lookupLong is lookup for a value that is not two ASCII letters.
func (fi *fieldIndex) lookupLong(v string, normal bool) []uint64 {
	if fi.lens&lenBit(len(v)) != 0 {
		if set := fi.exact.get(v); set != nil {
			return set
		}
	}
	if normal && fi.normalised {
		return nil
	}
	if needsFold(v) {
		set, _ := text.LookupFold(fi.byValue, v)
		return set
	}
	return nil
}

// normalised reports whether a lead in normal form (Lead.isNormal) has
// the field trimmed and in the case of its index keys: an upper-case
// code (Country, State), whose spelling the index keeps, or lower-case
// ASCII (Language, Domain).
func (f Field) normalised() bool {
	return f == FieldCountry || f == FieldState || f == FieldLanguage || f == FieldDomain
}

// primarySubtag returns the language tag's part before the first '-' or
// '_' ("pt" of "pt-BR"); ok is false when there is no such part.
func primarySubtag(v string) (string, bool) {
	for i := 0; i < len(v); i++ {
		if v[i] == '-' || v[i] == '_' {
			return v[:i], i > 0
		}
	}
	return "", false
}

// needsFold reports whether v could match a lower-case key only after
// trimming or case folding: a miss on a value that needs neither is final.
func needsFold(v string) bool {
	if v == "" {
		return false
	}
	if v[0] == ' ' || v[len(v)-1] == ' ' || v[0] == '\t' || v[len(v)-1] == '\t' {
		return true
	}
	i := 0
	for ; i+8 <= len(v); i += 8 {
		if foldWord(load64(v, i)) {
			return true
		}
	}
	if i > 0 {
		// The last bytes, in one load that overlaps the last word.
		return i < len(v) && foldWord(load64(v, len(v)-8))
	}
	for ; i < len(v); i++ {
		if foldByte(v[i]) {
			return true
		}
	}
	return false
}

// foldByte reports whether c is a byte that needsFold looks for: an
// ASCII upper-case letter, a control byte or a non-ASCII byte.
func foldByte(c byte) bool { return ('A' <= c && c <= 'Z') || c >= 0x80 || c < ' ' }

// foldWord reports whether any of the 8 bytes of x is a foldByte, 8 at a
// time (exact: the bit tricks below have no false positives or negatives
// for bytes below 0x80, and bytes from 0x80 are caught first).
func foldWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if x&highs != 0 {
		return true
	}
	// A byte below ' ': x - ' ' borrows into its high bit.
	if (x-ones*' ')&^x&highs != 0 {
		return true
	}
	// A byte between '@' and '[' exclusive: 'A' to 'Z'.
	return (ones*(127+'[')-x)&^x&(x+ones*(127-'@'))&highs != 0
}

// load32 returns the 4 bytes of s from i, little-endian.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load64 returns the 8 bytes of s from i, little-endian (the compiler
// makes it one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
