package config

// Adapters between the file's names and the constructors of the matchers,
// strategies and accounts packages.

import (
	"errors"
	"fmt"
	"io"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

func newBalanced(window time.Duration) (leadroute.Strategy, error) {
	return strategies.Balanced(strategies.BalancedOptions{Window: window}), nil
}

func newLeastLoaded(byShare bool) (leadroute.Strategy, error) {
	if byShare {
		return strategies.LeastLoadedShare(), nil
	}
	return strategies.LeastLoaded(), nil
}

func newSkillBased(required map[string]int, tie leadroute.Strategy) (leadroute.Strategy, error) {
	return strategies.SkillBased(required, tie), nil
}

func newAccountOwner(b *accounts.Book, pool leadroute.Strategy) (leadroute.Strategy, error) {
	return strategies.AccountOwner(b, pool), nil
}

func newAccountMatcher(b *accounts.Book) leadroute.Matcher { return matchers.Account(b) }

func loadCSV(r io.Reader) (*accounts.Book, error) { return accounts.LoadCSV(r) }

// expr compiles a rule's `when:` expression, placing a compile error at
// its line and column in the file.
//
// A source compiled before in the same file gives the same matcher (an
// ExprMatcher is immutable and safe for concurrent use): files repeat
// conditions.
func (c *compiler) expr(rs *ruleSpec) leadroute.Matcher {
	if m, ok := c.exprCache[rs.when]; ok {
		return m
	}
	m, err := matchers.Expr(rs.when)
	if err == nil {
		if c.exprCache == nil {
			c.exprCache = map[string]leadroute.Matcher{}
		}
		c.exprCache[rs.when] = m
		return m
	}
	var ee *matchers.ExprError
	if !errors.As(err, &ee) {
		c.errAt(rs.whenPos, "%v", err)
		return nil
	}
	line, col := rs.whenPos.line, rs.whenPos.col
	style := rs.whenStyle
	switch {
	case style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		line += ee.Line // a block scalar starts on the next line
		col = 0
	case ee.Line > 1:
		line += ee.Line - 1
		col = 0
	default:
		if style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			col++
		}
		col += ee.Column - 1
	}
	msg := fmt.Sprintf("line %d, column %d: %s%s", ee.Line, ee.Column, ee.Msg, ee.Snippet)
	c.add(&Error{Path: rs.whenPos.path, Line: line, Column: col, Msg: msg, Err: ee})
	return nil
}
