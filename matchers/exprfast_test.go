package matchers

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/expr-lang/expr/vm"

	"github.com/leadroute/leadroute"
)

// genExpr builds a random expression of the fast subset.
func genExpr(r *rand.Rand, depth int) string {
	atoms := []func() string{
		func() string {
			return fmt.Sprintf("%s %s %q", pickS(r, "Country", "Industry", "Source", "Language", "State", "Domain"), pickS(r, "==", "!="), pickS(r, "US", "saas", "SaaS", "es", "US-CA", "", "acme.com"))
		},
		func() string {
			return fmt.Sprintf("%s %s %s", pickS(r, "Employees", "Score", "Revenue"), pickS(r, "==", "!=", "<", "<=", ">", ">="), pickS(r, "0", "50", "-5", "1e6", "999.5", "1000", "9007199254740993"))
		},
		func() string {
			return fmt.Sprintf("%s %s %s", pickS(r, "50", "1e6", "-1.5"), pickS(r, "==", "<", ">="), pickS(r, "Employees", "Score", "Revenue"))
		},
		func() string {
			return fmt.Sprintf("%s in [\"US\", \"CA\", \"saas\", \"es\"]", pickS(r, "Country", "Industry", "Language"))
		},
		func() string { return fmt.Sprintf("%q in Products", pickS(r, "crm", "billing", "")) },
		func() string { return "Industry in Products" },
		func() string {
			return fmt.Sprintf("%s %s %q", pickS(r, "Domain", "State", "Email"), pickS(r, "startsWith", "endsWith", "contains"), pickS(r, "US-", ".io", "acme", ""))
		},
		func() string { return pickS(r, "true", "false") },
		func() string { return "Employees < Score" },
		func() string { return "Revenue >= Employees" },
	}
	if depth == 0 || r.IntN(3) == 0 {
		return atoms[r.IntN(len(atoms))]()
	}
	switch r.IntN(4) {
	case 0:
		return "!(" + genExpr(r, depth-1) + ")"
	case 1:
		return "not (" + genExpr(r, depth-1) + ")"
	case 2:
		return "(" + genExpr(r, depth-1) + ") " + pickS(r, "&&", "and") + " (" + genExpr(r, depth-1) + ")"
	default:
		return "(" + genExpr(r, depth-1) + ") " + pickS(r, "||", "or") + " (" + genExpr(r, depth-1) + ")"
	}
}

func pickS(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

func genFastLead(r *rand.Rand) leadroute.Lead {
	return leadroute.Lead{
		Country:   pickS(r, "US", "CA", "us", ""),
		State:     pickS(r, "US-CA", "CA-QC", ""),
		Industry:  pickS(r, "saas", "SaaS", "crm", ""),
		Source:    pickS(r, "saas", "web"),
		Language:  pickS(r, "es", "en", ""),
		Domain:    pickS(r, "acme.com", "x.io", ""),
		Email:     pickS(r, "a@acme.com", ""),
		Employees: []int{0, 49, 50, 51, 999, 1000, -5, 1 << 53, 1<<53 + 1, math.MaxInt}[r.IntN(10)],
		Score:     []int{0, 49, 50, 51, -5, 100}[r.IntN(6)],
		Revenue:   []float64{0, 1e6, 999.5, -1.5, 50, math.NaN(), math.Inf(1), math.Inf(-1)}[r.IntN(8)],
		Products:  [][]string{nil, {"crm"}, {"billing", "saas"}, {""}}[r.IntN(4)],
	}
}

// TestFastExprAgreesWithVM runs random expressions of the fast subset on
// random leads both ways: the closures must agree with the expr VM.
func TestFastExprAgreesWithVM(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	leads := make([]leadroute.Lead, 300)
	for i := range leads {
		leads[i] = genFastLead(r)
	}
	for range 400 {
		src := genExpr(r, 3)
		m, err := Expr(src)
		if err != nil {
			continue // a type error in the generated expression
		}
		if m.fast == nil {
			t.Fatalf("%s: not compiled to closures", src)
		}
		prog := referenceCompile(t, src) // Expr builds none for closures
		for i := range leads {
			l := &leads[i]
			out, err := vm.Run(prog, l)
			if err != nil {
				t.Fatalf("%s: vm: %v", src, err)
			}
			if got := m.fast(l); got != out.(bool) {
				t.Fatalf("%s on %+v: closures %v, vm %v", src, *l, got, out)
			}
		}
	}
}

func TestFastExprFallsBack(t *testing.T) {
	for _, src := range []string{`Attrs["tier"] == "gold"`, `len(Products) > 1`, `Score + 1 > 50`, `Industry matches "^s"`, `Score > 50 ? true : false`, `any(Products, # == "crm")`} {
		m, err := Expr(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if m.fast != nil {
			t.Errorf("%s: compiled to closures, want the VM", src)
		}
	}
}
