package config

// Adapters for constructors of other packages that are still being
// written; each becomes a direct call once it lands.

import (
	"errors"
	"io"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

var errPending = errors.New("not available in this build")

func newBalanced(window time.Duration) (leadroute.Strategy, error) {
	return nil, errors.New("balanced: " + errPending.Error())
}

func newLeastLoaded() (leadroute.Strategy, error) {
	return nil, errors.New("least_loaded: " + errPending.Error())
}

func newSkillBased(required map[string]int, tie leadroute.Strategy) (leadroute.Strategy, error) {
	return nil, errors.New("skill: " + errPending.Error())
}

func newAccountOwner(b *accounts.Book, pool leadroute.Strategy) (leadroute.Strategy, error) {
	return nil, errors.New("account_owner: " + errPending.Error())
}

func newAccountMatcher(b *accounts.Book) leadroute.Matcher { return nil }

func loadCSV(r io.Reader) (*accounts.Book, error) {
	return nil, errors.New("accounts CSV: " + errPending.Error())
}

func (c *compiler) expr(rs *ruleSpec) leadroute.Matcher {
	c.errAt(rs.whenPos, "expressions: %v", errPending)
	return nil
}
