package matchers_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/expr-lang/expr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// Hostile expressions. Rules files are edited by people; a typo or a
// malicious edit must produce an error, quickly, never a crash.

func TestHostileExpressionsRejected(t *testing.T) {
	cases := []struct {
		name string
		src  string
		is   error  // ErrExprLimit or ErrExprForbidden
		msg  string // in the message
		col  int    // expected column, 0 to skip
	}{
		{"too long", strings.Repeat("1 + ", 2000) + "1 > 0", matchers.ErrExprLimit, "bytes long; the limit is 4096", 0},
		{"deep parens", strings.Repeat("(", 2000) + "true" + strings.Repeat(")", 2000), matchers.ErrExprLimit, "brackets nested more than 32 deep", 33},
		{"deep arrays", strings.Repeat("[", 100) + strings.Repeat("]", 100) + " == nil", matchers.ErrExprLimit, "brackets nested", 33},
		{"deep maps", "Score > 0 && " + strings.Repeat("{a: ", 100) + "1" + strings.Repeat("}", 100) + " != nil", matchers.ErrExprLimit, "brackets nested", 0},
		{"long !", strings.Repeat("!", 3000) + "true", matchers.ErrExprLimit, "more than 8 unary operators in a row", 1},
		{"long -", "Score > " + strings.Repeat("-", 3000) + "Score", matchers.ErrExprLimit, "unary operators", 9},
		{"long not", strings.Repeat("not ", 100) + "true", matchers.ErrExprLimit, "unary operators", 1},
		{"mixed unary", "Score > " + strings.Repeat("- + ", 50) + "1", matchers.ErrExprLimit, "unary operators", 9},
		{"repeat", `repeat("a", 1e9) == ""`, matchers.ErrExprForbidden, "builtin repeat is not allowed", 1},
		{"replace doubling", `replace(replace(Email, "a", "aa"), "a", "aa") == ""`, matchers.ErrExprForbidden, "builtin replace is not allowed", 1},
		{"reduce doubling", `reduce(1..30, #acc + #acc, "x") == ""`, matchers.ErrExprForbidden, "builtin reduce is not allowed", 1},
		{"let doubling", `let a = Email + Email; let b = a + a; let c = b + b; c == ""`, matchers.ErrExprForbidden, "let is not allowed", 1},
		{"let later", `Score > 1 && (let x = 1; x > 0)`, matchers.ErrExprForbidden, "let is not allowed", 15},
		{"huge array literal", "len([" + strings.Repeat("1,", 1500) + "1]) > 0", matchers.ErrExprLimit, "exceeds maximum allowed nodes", 0},
		{"method call", `Email.Foo()`, matchers.ErrExprForbidden, "method calls are not allowed (calling Email.Foo)", 7},
		{"method on time", `CreatedAt.Year() > 2020`, matchers.ErrExprForbidden, "method calls are not allowed", 11},
		{"method via $env", `$env.Email.Foo() == 1`, matchers.ErrExprForbidden, "method calls are not allowed", 0},
		{"unknown function", `foo(Score)`, matchers.ErrExprForbidden, "unknown function foo", 1},
		{"wall clock", `now().Year() > 2000`, matchers.ErrExprForbidden, "not allowed", 0},
		{"toJSON", `len(toJSON(Attrs)) > 0`, matchers.ErrExprForbidden, "builtin toJSON is not allowed", 5},
		{"pipe to forbidden builtin", `Email | repeat(3) == ""`, matchers.ErrExprForbidden, "builtin repeat is not allowed", 0},
		{"nested predicates", `all(Products, any(Products, none(Products, # == "x")))`, matchers.ErrExprLimit, "nested inside more than 1 other list predicates", 29},
		// Issue 10: rules that validated, then took seconds and gigabytes
		// on a lead with thousands of attrs or products or a 1 MB company.
		// They are now costed against the lead size limits, and the error
		// points at the part that is too costly.
		{"issue 10: keys(Attrs) nested", `any(keys(Attrs), any(keys(Attrs), lower(#) contains lower(Company)))`, matchers.ErrExprLimit, "expression too costly", 1},
		{"issue 10: count(Products) nested", `count(Products, count(Products, # contains Company) > 0) > 0`, matchers.ErrExprLimit, "expression too costly", 1},
		{"issue 10: Company chain", strings.Repeat("Company + ", 60) + `Company == ""`, matchers.ErrExprLimit, "the limit is 100000", 0},
		{"issue 10: Attrs values chain", strings.Repeat("Attrs.a + ", 200) + `Attrs.a == ""`, matchers.ErrExprLimit, "expression too costly", 0},
		{"issue 10: nested Attrs lists", `any(Attrs.tags, any(Attrs.tags, # == "x"))`, matchers.ErrExprLimit, "expression too costly", 1},
		{"issue 10: regexp from the lead", `Email matches Company`, matchers.ErrExprLimit, "expression too costly", 7},
		// Issue 10 item 9: validated, then failed every Route.
		{"issue 9: huge constant range", `len(1..1000000000) > 0`, matchers.ErrExprLimit, "can take up to 100000000", 6},
		{"range over a lead number", `any(1..Employees, # == 0)`, matchers.ErrExprLimit, "range is not bounded", 6},
		{"range over arithmetic", `len(map(1..Score*10, #)) > 0`, matchers.ErrExprLimit, "range is not bounded", 10},
		{"nested ranges", `any(1..1000, any(1..1000, # < 0))`, matchers.ErrExprLimit, "expression too costly", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			m, err := matchers.Expr(c.src)
			elapsed := time.Since(start)
			require.Error(t, err)
			assert.Nil(t, m)
			assert.ErrorIs(t, err, c.is)
			assert.ErrorContains(t, err, c.msg)
			var ee *matchers.ExprError
			require.ErrorAs(t, err, &ee)
			assert.False(t, ee.Runtime)
			assert.Equal(t, 1, ee.Line)
			if c.col != 0 {
				assert.Equal(t, c.col, ee.Column, "column")
			}
			assert.Less(t, elapsed, 200*time.Millisecond, "rejection must be quick")
		})
	}
}

// TestHostileRuntimeBudget: the memory budget still holds at run time, a
// second line of defence behind the static cost bound, for example for a
// lead that did not go through Normalize (the bound assumes it did).
func TestHostileRuntimeBudget(t *testing.T) {
	raw := &leadroute.Lead{Products: make([]string, 500_000)}
	for _, src := range []string{`len(map(Products, #)) > 0`, `any(map(Products, # + "x"), # == "")`} {
		m, err := matchers.Expr(src)
		require.NoError(t, err)
		ok, err := m.MatchErr(raw)
		assert.False(t, ok)
		assert.ErrorIs(t, err, matchers.ErrExprLimit)
		assert.ErrorContains(t, err, "memory budget exceeded")
		var ee *matchers.ExprError
		require.ErrorAs(t, err, &ee)
		assert.True(t, ee.Runtime)
	}
	// A small budget option is honoured.
	m, err := matchers.Expr(`len(filter(1..100, # > 0)) > 0`, matchers.ExprMemoryBudget(10))
	require.NoError(t, err)
	_, err = m.MatchErr(&leadroute.Lead{})
	assert.ErrorIs(t, err, matchers.ErrExprLimit)
}

// TestUnguardedExprGrowsMemory shows why let (and builtins such as repeat
// and replace whose output feeds string concatenation) are not allowed: in
// expr v1.17.8 the VM's memory budget counts lists, maps and repeat's
// output, but not string concatenation, so a short source with let builds
// an exponentially long string. The size here is kept small; a few more
// lines exhaust memory.
func TestUnguardedExprGrowsMemory(t *testing.T) {
	_, err := expr.Eval(`len(repeat("a", 10000000))`, nil)
	assert.ErrorContains(t, err, "memory budget exceeded", "repeat alone is budgeted")

	var src strings.Builder
	src.WriteString(`let s0 = "ab"; `)
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&src, "let s%d = s%d + s%d; ", i, i-1, i-1)
	}
	src.WriteString("len(s20)")
	assert.Less(t, src.Len(), 600)
	out, err := expr.Eval(src.String(), nil)
	require.NoError(t, err)
	assert.Equal(t, 2<<20, out, "each let doubles the string: 600 bytes of source, 2 MiB of string")

	_, err = matchers.Expr(strings.Replace(src.String(), "len(s20)", `len(s20) > 0`, 1))
	assert.ErrorIs(t, err, matchers.ErrExprForbidden)
}

// The fatal attacks (a Go stack overflow cannot be recovered) run in a
// child process: the test binary re-executed with hostileChildEnv set. The
// child lowers the maximum goroutine stack to 64 MiB so that the overflow
// comes quickly and cheaply; with the default 1 GiB it takes a longer input
// and more memory, but ends the same way.
const hostileChildEnv = "MATCHERS_HOSTILE_CHILD"

func hostileSource(kind string) string {
	const n = 1_000_000
	switch kind {
	case "parens":
		return strings.Repeat("(", n) + "true" + strings.Repeat(")", n)
	case "bang":
		return strings.Repeat("!", n) + "true"
	case "minus":
		return "Score > " + strings.Repeat("-", n) + "Score"
	case "brackets":
		return strings.Repeat("[", n) + strings.Repeat("]", n) + " == nil"
	}
	panic("unknown kind " + kind)
}

// TestHostileChild is the child side; it does nothing in a normal run.
func TestHostileChild(t *testing.T) {
	mode := os.Getenv(hostileChildEnv)
	if mode == "" {
		t.Skip("child process of TestHostileFatalInChildProcess")
	}
	kind, guarded, _ := strings.Cut(mode, ":")
	debug.SetMaxStack(64 << 20)
	src := hostileSource(kind)
	if guarded == "guarded" {
		_, err := matchers.Expr(src)
		fmt.Printf("GUARDED ERROR: %v\n", err)
		os.Exit(0)
	}
	_, err := expr.Compile(src, expr.Env(leadroute.Lead{}), expr.AsBool())
	fmt.Printf("UNGUARDED RETURNED: %v\n", err)
	os.Exit(0)
}

func TestHostileFatalInChildProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	for _, kind := range []string{"parens", "bang", "minus", "brackets"} {
		t.Run(kind, func(t *testing.T) {
			run := func(mode string) (string, error) {
				cmd := exec.Command(os.Args[0], "-test.run=^TestHostileChild$", "-test.v")
				cmd.Env = append(os.Environ(), hostileChildEnv+"="+mode)
				out, err := cmd.CombinedOutput()
				return string(out), err
			}

			// Without the guard, expr's recursive parser overflows the
			// stack: a fatal error that kills the process.
			out, err := run(kind)
			var exitErr *exec.ExitError
			require.True(t, errors.As(err, &exitErr), "unguarded expr should crash the process; output:\n%.2000s", out)
			assert.Contains(t, out, "stack overflow")
			assert.NotContains(t, out, "UNGUARDED RETURNED")

			// With the guard, the same source is an error.
			out, err = run(kind + ":guarded")
			require.NoError(t, err, "guarded Expr must not crash; output:\n%.2000s", out)
			assert.Contains(t, out, "GUARDED ERROR: expression is")
		})
	}
}
