package leadroute_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	lr "github.com/leadroute/leadroute"
)

func TestISOCodes(t *testing.T) {
	for _, tt := range []struct {
		code        string
		country, ok bool
	}{
		{"FR-75C", false, true}, {"FR-6AE", false, true}, {"IN-DH", false, true}, {"IN-LA", false, true},
		{"FR-75", false, false}, {"IN-DD", false, false}, {"fr-75c", false, false}, {"FR-99Z", false, false},
		{"US", true, false}, {"XK", true, false}, {"YU", false, false}, {"us", false, false},
	} {
		assert.Equal(t, tt.ok, lr.IsSubdivisionCode(tt.code), "IsSubdivisionCode(%q)", tt.code)
		assert.Equal(t, tt.country, lr.IsCountryCode(tt.code), "IsCountryCode(%q)", tt.code)
	}
	for in, want := range map[string]string{"USA": "US", "840": "US", "Deutschland": "DE", "Türkiye": "TR", "Turkey": "TR", "Narnia": ""} {
		got, ok := lr.NormalizeCountry(in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want != "", ok, in)
	}
	for _, tt := range []struct{ country, in, want string }{
		{"FR", "Paris", "FR-75C"}, {"FR", "75c", "FR-75C"}, {"FR", "FR-75", ""},
		{"IN", "Dadra and Nagar Haveli and Daman and Diu", "IN-DH"}, {"IN", "Daman and Diu", ""},
	} {
		got, ok := lr.NormalizeState(tt.country, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
	}
}
