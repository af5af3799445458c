package matchers

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/optimizer"
	"github.com/expr-lang/expr/vm"
)

// referenceProgram compiles src as Expr did before it reused checkAST's
// tree: parsed again with the restricted configuration, then checked,
// optimised and compiled.
func referenceProgram(t *testing.T, src string) string {
	t.Helper()
	return referenceCompile(t, src).Disassemble()
}

// referenceCompile is referenceProgram's program.
func referenceCompile(t *testing.T, src string) *vm.Program {
	t.Helper()
	config := exprConfigs.Get().(*conf.Config)
	defer exprConfigs.Put(config)
	config.MaxNodes = DefaultExprMaxNodes
	tree, err := checker.ParseCheck(src, config)
	if err != nil {
		t.Fatalf("%q: Expr compiled it, the reference path says %v", src, err)
	}
	if config.Optimize {
		if err := optimizer.Optimize(&tree.Node, config); err != nil {
			t.Fatalf("%q: reference optimiser: %v", src, err)
		}
	}
	prog, err := compiler.Compile(tree, config)
	if err != nil {
		t.Fatalf("%q: reference compile: %v", src, err)
	}
	return prog
}

// TestExprTreeReuse checks that compiling the tree checkAST parsed (with
// expr's default configuration) gives the program a fresh parse with the
// restricted configuration gives, builtins, predicates and all.
func TestExprTreeReuse(t *testing.T) {
	srcs := []string{
		`Score > 50`,
		`Country == "US" && Employees >= 200 && "crm" in Products`,
		`Attrs["tier"] == "gold" || Attrs.n > 4`,
		`any(Products, # startsWith "c") and not (State in ["US-CA", "US-WA"])`,
		`Email endsWith "@acme.com" ? Score > 10 : Score > 90`,
		`len(filter(Products, len(#) > 2)) > 1`,
		`lower(Industry) matches "^(saas|fintech)$"`,
		`Revenue / Employees > 1e5`,
		`any(1..Employees, # == 0)`,
		`all(Products, all(Products, all(Products, true)))`,
		"Score > // comment\n 1",
		`"(((((" == Email`,
		`Employees > 10 && Industry in ["saas", "retail"]`,
		`abs(Score - 50) < 10 && ceil(Revenue) > floor(Revenue) || round(1.5) == 2`,
		`count(Products, # == "crm") > 0 && none(Products, # == "x") && one(Products, # == "crm")`,
		`first(Products) == "crm" && last(Products) != "" && indexOf(Email, "@") > 0 && lastIndexOf(Email, ".") > 0`,
		`hasPrefix(Email, "a") && hasSuffix(Email, "m") && trim(Company) == upper(Company)`,
		`trimPrefix(Domain, "www.") == trimSuffix(Domain, ".com") || int("3") == 3 || float("1.5") > 1`,
		`sum(map(Products, len(#))) > 3 && max(Score, 1) > min(Score, 100) && get(Attrs, "tier") == "gold"`,
		`len(keys(Attrs)) > 0 && len(values(Attrs)) > 0 && find(Products, # == "crm") == "crm"`,
		`Products | filter(# != "") | len() > 0`,
		`Score in 1..100 and not (Country in ["US"]) and Email contains "@"`,
		`Attrs.tier ?? "none" == "gold"`,
		`Score > 10 ? true : false`,
		`-Score < -10 && !(Employees == 0) && Revenue >= -1.5`,
	}
	compiled := 0
	for _, src := range srcs {
		m, err := Expr(src)
		if err != nil {
			t.Logf("%q: %v", src, strings.SplitN(err.Error(), "\n", 2)[0])
			continue
		}
		compiled++
		want := referenceProgram(t, src) // fails the test if the reference path fails
		if m.fast != nil {
			if m.prog != nil {
				t.Errorf("%q: a program was compiled for an expression run by closures", src)
			}
			continue
		}
		if got := m.prog.Disassemble(); got != want {
			t.Errorf("%q: program differs from the reference\n got:\n%s\nwant:\n%s", src, got, want)
		}
	}
	if compiled < len(srcs)-5 {
		t.Errorf("only %d of %d expressions compiled", compiled, len(srcs))
	}
}

var limitSeeds = []string{
	`Employees > 10 && Industry in ["saas", "retail"]`,
	`Score > 50`, `!!!!!!!!!true`, `not not not not not not not not not true`,
	`- - - - - - - - - 1 > 0`, `((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))) > 0`,
	`let x = 1; x > 0`, `all(Products, # == "a")`, `any(Products, any(Products, any(Products, true)))`,
	`"a\"b" == Email`, `"unterminated`, `1a > 0`, `0x > 1`, `1e5 > Score`, `1.5 > Score`, `.5 > Score`,
	`1..3`, `Email == 'x'`, `b"x" == Email`, `Attrs.tier == "gold"`, `Attrs["a"] == "b"`,
	"Score > // c\n 1", `Score /* x */ > 1`, `Score > 1 ? true : false`, `$env.Score > 1`, `Score ^ 2 > 1`,
	`Score > 1 &&& true`, `Email == "é" && Company == "ü"`, `Größe > 1`, "Score\t>\r\n1", `"a\nb"`,
}

// TestPlainlyWithinLimits checks the byte scan against the token scan:
// whatever it passes, the token scan passes.
func TestPlainlyWithinLimits(t *testing.T) {
	passed := 0
	for _, src := range limitSeeds {
		if plainlyWithinLimits(src) {
			passed++
			if e := lexScan(src); e != nil {
				t.Errorf("%q passed the byte scan; the token scan says %v", src, e)
			}
		}
	}
	if passed < 5 {
		t.Errorf("the byte scan passed only %d expressions", passed)
	}
}

func FuzzPlainlyWithinLimits(f *testing.F) {
	for _, s := range limitSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > MaxExprLen || !plainlyWithinLimits(src) {
			return
		}
		if e := lexScan(src); e != nil {
			t.Fatalf("%q passed the byte scan; the token scan says %v", src, e)
		}
	})
}

// FuzzExprProgram holds Expr to the reference path: an expression Expr
// accepts compiles there too (so skipping the optimiser and compiler for
// one run by closures hides no error), to the same program when Expr
// builds one.
func FuzzExprProgram(f *testing.F) {
	for _, s := range limitSeeds {
		f.Add(s)
	}
	for _, s := range []string{
		`Score > 50`, `Country == "US" && Employees >= 200 && "crm" in Products`,
		`Employees > -5 && Revenue < 1.5e6 || !(Score == 3)`, `"a" == "b" || 1 < 2 && Country in ["US", "CA"]`,
		`Email startsWith "a" and Email endsWith "b" and Company contains "c"`, `Score >= -0 && Revenue != -1.0`,
		`9223372036854775807 > Employees`, `Employees < 1e300`, `Language in ["en"] && not (State == "US-CA")`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Expr(src)
		if err != nil {
			return
		}
		want := referenceProgram(t, src)
		if m.fast == nil && m.prog.Disassemble() != want {
			t.Fatalf("%q: program differs from the reference", src)
		}
	})
}
