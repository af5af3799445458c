package matchers

import (
	"fmt"
	"math"

	"golang.org/x/exp/constraints"

	"github.com/leadroute/leadroute"
)

// Number is the set of types a [Band] can range over.
type Number interface {
	constraints.Integer | constraints.Float
}

// Band matches leads whose numeric field lies in the half-open interval
// [Min, Max): Min is inclusive and Max exclusive, so consecutive bands such
// as 0–50, 50–200 and 200–1000 employees tile the line with no gap and no
// overlap, for integers and for money alike. An unbounded band (built with
// [AtLeast], [EmployeesAtLeast] or [RevenueAtLeast]) has no upper limit.
//
// A Band is immutable and safe for concurrent use; Match allocates nothing.
type Band[T Number] struct {
	name    string
	field   func(*leadroute.Lead) T
	min     T
	max     T
	bounded bool
	incl    bool            // String shows the inclusive upper bound max-1 (ScoreBetween)
	cf      leadroute.Field // the Lead field, for Conds; 0 for a custom field func
}

// NewBand returns a band matching leads with min <= field(lead) < max. name
// is the field's name in traces ("employees"). It is an error if min >= max
// or either bound is NaN.
func NewBand[T Number](name string, field func(*leadroute.Lead) T, min, max T) (*Band[T], error) {
	if isNaN(min) || isNaN(max) {
		return nil, fmt.Errorf("%s band: bounds must be numbers, got [%v, %v)", name, min, max)
	}
	if min >= max {
		return nil, fmt.Errorf("%s band [%v, %v): the minimum (inclusive) must be below the maximum (exclusive)", name, min, max)
	}
	return &Band[T]{name: name, field: field, min: min, max: max, bounded: true}, nil
}

// AtLeast returns an unbounded band matching leads with field(lead) >= min.
// It is an error if min is NaN.
func AtLeast[T Number](name string, field func(*leadroute.Lead) T, min T) (*Band[T], error) {
	if isNaN(min) {
		return nil, fmt.Errorf("%s band: minimum must be a number, got %v", name, min)
	}
	return &Band[T]{name: name, field: field, min: min}, nil
}

func isNaN[T Number](v T) bool { return v != v }

// Contains reports whether v lies in the band.
func (b *Band[T]) Contains(v T) bool {
	return v >= b.min && (!b.bounded || v < b.max)
}

// Match reports whether the lead's field lies in the band.
func (b *Band[T]) Match(l *leadroute.Lead) bool { return b.Contains(b.field(l)) }

// String returns "employees in [50, 200)", "revenue >= 1e+06" or, for
// ScoreBetween, "score in [50, 80]".
func (b *Band[T]) String() string {
	switch {
	case !b.bounded:
		return fmt.Sprintf("%s >= %v", b.name, b.min)
	case b.incl:
		return fmt.Sprintf("%s in [%v, %v]", b.name, b.min, b.max-1)
	default:
		return fmt.Sprintf("%s in [%v, %v)", b.name, b.min, b.max)
	}
}

func leadEmployees(l *leadroute.Lead) int   { return l.Employees }
func leadRevenue(l *leadroute.Lead) float64 { return l.Revenue }
func leadScore(l *leadroute.Lead) int       { return l.Score }

// Employees returns a matcher for leads with min <= Employees < max (max
// exclusive, so bands tile: Employees(0, 50), Employees(50, 200)). For no
// upper bound use [EmployeesAtLeast]. It is an error if min >= max.
// The matcher is safe for concurrent use and allocates nothing per call.
func Employees(min, max int) (leadroute.Matcher, error) {
	b, err := NewBand("employees", leadEmployees, min, max)
	return onField(b, err, leadroute.FieldEmployees)
}

// EmployeesAtLeast returns a matcher for leads with Employees >= min.
// Every int is a valid lower bound, so the error is always nil; it is
// there because every band constructor has the shape (Matcher, error)
// (see "Constructors" in the package doc). The matcher is safe for
// concurrent use and allocates nothing per call.
func EmployeesAtLeast(min int) (leadroute.Matcher, error) {
	return &Band[int]{name: "employees", field: leadEmployees, min: min, cf: leadroute.FieldEmployees}, nil
}

// Revenue returns a matcher for leads with min <= Revenue < max (max
// exclusive). For no upper bound use [RevenueAtLeast]. It is an error if
// min >= max or a bound is NaN; infinite bounds are allowed.
// The matcher is safe for concurrent use and allocates nothing per call.
func Revenue(min, max float64) (leadroute.Matcher, error) {
	b, err := NewBand("revenue", leadRevenue, min, max)
	return onField(b, err, leadroute.FieldRevenue)
}

// RevenueAtLeast returns a matcher for leads with Revenue >= min. It is an
// error if min is NaN. The matcher is safe for concurrent use and allocates
// nothing per call.
func RevenueAtLeast(min float64) (leadroute.Matcher, error) {
	b, err := AtLeast("revenue", leadRevenue, min)
	return onField(b, err, leadroute.FieldRevenue)
}

// ScoreAtLeast returns a matcher for leads with Score >= n. Every int is a
// valid lower bound, so the error is always nil; it is there because every
// band constructor has the shape (Matcher, error) (see "Constructors" in
// the package doc). The matcher is safe for concurrent use and allocates
// nothing per call.
func ScoreAtLeast(n int) (leadroute.Matcher, error) {
	return scoreAtLeast(n), nil
}

func scoreAtLeast(n int) *Band[int] {
	return &Band[int]{name: "score", field: leadScore, min: n, cf: leadroute.FieldScore}
}

// ScoreBetween returns a matcher for leads with lo <= Score <= hi: unlike
// the other bands both bounds are inclusive, as "a score between 50 and 80"
// reads. It is an error if lo > hi. The matcher is safe for concurrent use
// and allocates nothing per call.
func ScoreBetween(lo, hi int) (leadroute.Matcher, error) {
	if lo > hi {
		return nil, fmt.Errorf("score between %d and %d: the low bound must not exceed the high bound", lo, hi)
	}
	if hi == math.MaxInt {
		return scoreAtLeast(lo), nil
	}
	return &Band[int]{name: "score", field: leadScore, min: lo, max: hi + 1, bounded: true, incl: true, cf: leadroute.FieldScore}, nil
}

// onField records which Lead field a built-in band reads, so that Conds
// can describe it.
func onField[T Number](b *Band[T], err error, f leadroute.Field) (leadroute.Matcher, error) {
	if err != nil {
		return nil, err
	}
	b.cf = f
	return b, nil
}
