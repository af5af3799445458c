package leadroute

import (
	"reflect"
	"testing"
	"time"

	"github.com/leadroute/leadroute/store"
)

// setStep sets every field of store.Step: a field added to it must be
// added there too.
func TestSetStepSetsEveryField(t *testing.T) {
	if n := reflect.TypeFor[store.Step]().NumField(); n != stepFields {
		t.Fatalf("store.Step has %d fields, setStep sets %d: set the new ones", n, stepFields)
	}
}

// appendLimit sets every field of store.Limit and its Counter.
func TestAppendLimitSetsEveryField(t *testing.T) {
	if n := reflect.TypeFor[store.Limit]().NumField(); n != limitFields {
		t.Fatalf("store.Limit has %d fields, appendLimit sets %d: set the new ones", n, limitFields)
	}
	if n := reflect.TypeFor[store.Counter]().NumField(); n != counterFields {
		t.Fatalf("store.Counter has %d fields, appendLimit sets %d: set the new ones", n, counterFields)
	}
	// A stale limit beyond the length is overwritten whole.
	dst := make([]store.Limit, 1, 4)
	dst[0] = store.Limit{Counter: store.Counter{Kind: "x", Scope: "s", Member: "m", Window: 9}, Max: 1, N: 2, Gate: "g", Claim: true}
	dst = appendLimit(dst[:0], "open", "rep", 0, 3, time.Time{}, 1, "")
	if want := (store.Limit{Counter: store.Counter{Kind: "open", Member: "rep"}, Max: 3, N: 1}); dst[0] != want {
		t.Fatalf("appendLimit left %+v, want %+v", dst[0], want)
	}
}
