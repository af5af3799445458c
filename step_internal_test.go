package leadroute

import (
	"reflect"
	"testing"

	"github.com/leadroute/leadroute/store"
)

// setStep sets every field of store.Step: a field added to it must be
// added there too.
func TestSetStepSetsEveryField(t *testing.T) {
	if n := reflect.TypeFor[store.Step]().NumField(); n != stepFields {
		t.Fatalf("store.Step has %d fields, setStep sets %d: set the new ones", n, stepFields)
	}
}
