package leadroute

import (
	"reflect"
	"testing"
	"time"

	"github.com/leadroute/leadroute/store"
)

// fillNonZero sets every field of the struct v points to (recursively
// for struct fields other than time.Time) to a value that is not zero.
func fillNonZero(t *testing.T, v reflect.Value) {
	t.Helper()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("stale")
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			f.SetInt(7)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			f.SetUint(7)
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Interface:
			f.Set(reflect.ValueOf(&commitView{}))
		case reflect.Struct:
			if f.Type() == reflect.TypeFor[time.Time]() {
				f.Set(reflect.ValueOf(time.Unix(7, 0)))
			} else {
				fillNonZero(t, f)
			}
		default:
			t.Fatalf("fillNonZero: field %s of kind %s: add it", v.Type().Field(i).Name, f.Kind())
		}
		if f.IsZero() {
			t.Fatalf("fillNonZero: field %s is still zero", v.Type().Field(i).Name)
		}
	}
}

// setStep sets every field of store.Step: a field added to it must be
// added there too. A step left from an earlier pick with every field set
// comes out of setStep (from a zero pickState, with zero arguments) with
// every field zero.
func TestSetStepSetsEveryField(t *testing.T) {
	if n := reflect.TypeFor[store.Step]().NumField(); n != stepFields {
		t.Fatalf("store.Step has %d fields, setStep sets %d: set the new ones", n, stepFields)
	}
	ps := &pickState{r: &Router{}}
	fillNonZero(t, reflect.ValueOf(&ps.step).Elem())
	ps.setStep("", "", 0, nil, time.Time{})
	st := reflect.ValueOf(ps.step)
	for i := range st.NumField() {
		if !st.Field(i).IsZero() {
			t.Errorf("setStep left store.Step.%s = %v from the earlier step", st.Type().Field(i).Name, st.Field(i))
		}
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
	// A stale limit beyond the length, every field set, is overwritten
	// whole.
	dst := make([]store.Limit, 1, 4)
	fillNonZero(t, reflect.ValueOf(&dst[0]).Elem())
	dst = appendLimit(dst[:0], "open", "rep", 0, 3, time.Time{}, 1, "")
	if want := (store.Limit{Counter: store.Counter{Kind: "open", Member: "rep"}, Max: 3, N: 1}); !reflect.DeepEqual(dst[0], want) {
		t.Fatalf("appendLimit left %+v, want %+v", dst[0], want)
	}
}
