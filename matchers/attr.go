package matchers

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
)

// AttrEquals returns a matcher for leads whose custom attribute
// Attrs[key] equals value. See [AttrIn] for how values compare.
func AttrEquals(key string, value any) (leadroute.Matcher, error) {
	m, err := AttrIn(key, value)
	if err != nil {
		return nil, err
	}
	m.(*attrMatcher).op = "=="
	return m, nil
}

// AttrIn returns a matcher for leads whose custom attribute Attrs[key]
// equals one of values.
//
// Values compare by kind:
//   - numbers compare by value whatever their Go type, so int 5 equals the
//     float64 5 that encoding/json produces and a json.Number "5"
//     (integers beyond ±2^53 compare as float64 and may lose precision);
//     NaN equals nothing;
//   - strings compare exactly, case-sensitive;
//   - booleans compare as booleans;
//   - nil matches a lead without the attribute or with a nil value.
//
// Other kinds (slices, maps, structs) are an error, as are an empty key and
// an empty value list. The matcher is safe for concurrent use and allocates
// nothing per call. Its String form is `attrs["tier"] in [1 "gold" true]`.
func AttrIn(key string, values ...any) (leadroute.Matcher, error) {
	if key == "" {
		return nil, fmt.Errorf("attribute: %w", errNoKey)
	}
	if len(values) == 0 {
		return nil, fmt.Errorf("attribute %q: no values given", key)
	}
	m := &attrMatcher{key: key, op: "in"}
	for i, v := range values {
		c, err := canon(v)
		if err != nil {
			return nil, fmt.Errorf("attribute %q: values[%d]: %w", key, i, err)
		}
		switch c.kind {
		case kindNil:
			m.null = true
		case kindBool:
			m.bools[b2i(c.b)] = true
		case kindNum:
			if m.nums == nil {
				m.nums = make(map[float64]struct{})
			}
			if !math.IsNaN(c.f) {
				m.nums[c.f] = struct{}{}
			}
		case kindStr:
			if m.strs == nil {
				m.strs = make(map[string]struct{})
			}
			m.strs[c.s] = struct{}{}
		}
		m.shown = append(m.shown, c.String())
	}
	return m, nil
}

type attrMatcher struct {
	key   string
	op    string
	null  bool
	bools [2]bool
	nums  map[float64]struct{}
	strs  map[string]struct{}
	shown []string
}

// Match reports whether the lead's attribute equals one of the values.
func (m *attrMatcher) Match(l *leadroute.Lead) bool {
	v, present := l.Attrs[m.key]
	if !present || v == nil {
		return m.null
	}
	c, err := canon(v)
	if err != nil {
		return false
	}
	switch c.kind {
	case kindNil:
		return m.null
	case kindBool:
		return m.bools[b2i(c.b)]
	case kindNum:
		_, ok := m.nums[c.f]
		return ok
	case kindStr:
		_, ok := m.strs[c.s]
		return ok
	}
	return false
}

func (m *attrMatcher) String() string {
	if m.op == "==" && len(m.shown) == 1 {
		return fmt.Sprintf("attrs[%q] == %s", m.key, m.shown[0])
	}
	shown := slices.Clone(m.shown)
	slices.Sort(shown)
	return fmt.Sprintf("attrs[%q] in %s", m.key, listString(shown))
}

type valueKind uint8

const (
	kindNil valueKind = iota
	kindBool
	kindNum
	kindStr
)

type canonValue struct {
	kind valueKind
	b    bool
	f    float64
	s    string
}

func (c canonValue) String() string {
	switch c.kind {
	case kindBool:
		return strconv.FormatBool(c.b)
	case kindNum:
		return strconv.FormatFloat(c.f, 'g', -1, 64)
	case kindStr:
		return strconv.Quote(c.s)
	}
	return "nil"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// canon maps an attribute value to its comparable form without allocating.
func canon(v any) (canonValue, error) {
	switch x := v.(type) {
	case nil:
		return canonValue{}, nil
	case string:
		return canonValue{kind: kindStr, s: x}, nil
	case bool:
		return canonValue{kind: kindBool, b: x}, nil
	case float64:
		return canonValue{kind: kindNum, f: x}, nil
	case int:
		return canonValue{kind: kindNum, f: float64(x)}, nil
	case int64:
		return canonValue{kind: kindNum, f: float64(x)}, nil
	case json.Number:
		f, err := strconv.ParseFloat(strings.TrimSpace(string(x)), 64)
		if err != nil {
			return canonValue{}, fmt.Errorf("json.Number %q is not a number", string(x))
		}
		return canonValue{kind: kindNum, f: f}, nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return canonValue{kind: kindNum, f: float64(rv.Int())}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return canonValue{kind: kindNum, f: float64(rv.Uint())}, nil
	case reflect.Float32, reflect.Float64:
		return canonValue{kind: kindNum, f: rv.Float()}, nil
	case reflect.String:
		return canonValue{kind: kindStr, s: rv.String()}, nil
	case reflect.Bool:
		return canonValue{kind: kindBool, b: rv.Bool()}, nil
	}
	return canonValue{}, fmt.Errorf("cannot compare a %T (want a number, string, bool or nil)", v)
}
