package accounts

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Case, punctuation and legal forms.
		{"ACME, Inc.", "acme"},
		{"Acme Inc", "acme"},
		{"acme", "acme"},
		{"Acme Incorporated", "acme"},
		{"Acme LLC", "acme"},
		{"Acme Ltd.", "acme"},
		{"Acme Limited", "acme"},
		{"Acme GmbH", "acme"},
		{"Acme AG", "acme"},
		{"Acme S.A.", "acme"},
		{"Acme SA", "acme"},
		{"Acme S. A.", "acme"},
		{"Acme S.A.S.", "acme"},
		{"Acme B.V.", "acme"},
		{"Acme BV", "acme"},
		{"Acme N.V.", "acme"},
		{"Acme PLC", "acme"},
		{"Acme Corp.", "acme"},
		{"Acme Corporation", "acme"},
		{"Acme Co.", "acme"},
		{"Acme Pty Ltd", "acme"},
		{"Acme Oy", "acme"},
		{"Acme AB", "acme"},
		{"Acme S.p.A.", "acme"},
		{"Acme SpA", "acme"},
		{"Acme S.R.L.", "acme"},
		{"Acme K.K.", "acme"},
		{"Acme A/S", "acme"},
		{"Acme Holdings Co., Ltd.", "acme holdings"},
		{"Müller GmbH & Co. KG", "muller"},
		// "The" prefix.
		{"The Acme Company", "acme"},
		{"The Co", "co"},
		{"Theater Inc", "theater"},
		// Accents and letters without a decomposition.
		{"Société Générale S.A.", "societe generale"},
		{"SOCIÉTÉ GÉNÉRALE", "societe generale"},
		{"Nestlé", "nestle"},
		{"Straße AG", "strasse"},
		{"Ørsted A/S", "orsted"},
		{"Łódź Sp. z o.o.", "lodz sp z oo"},
		{"Ｆｕｌｌｗｉｄｔｈ", "fullwidth"}, // NFKD compatibility forms
		// Apostrophes, ampersands, hyphens, single letters.
		{"McDonald's Corp", "mcdonalds"},
		{"McDonald’s", "mcdonalds"},
		{"Johnson & Johnson", "johnson and johnson"},
		{"Coca-Cola Company", "coca cola"},
		{"I.B.M.", "ibm"},
		{"I B M Corp", "ibm"},
		{"AT&T Inc.", "at and t"},
		{"  Acme   Widgets  ", "acme widgets"},
		// A legal form alone stays.
		{"Inc", "inc"},
		{"Co.", "co"},
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NormalizeName(tt.in), "NormalizeName(%q)", tt.in)
	}
}

func TestNormalizeNameIdempotent(t *testing.T) {
	for _, s := range []string{"ACME, Inc.", "Société Générale S.A.", "I B M", "Müller GmbH & Co. KG"} {
		n := NormalizeName(s)
		assert.Equal(t, n, NormalizeName(n), s)
	}
}

func TestAppendNormalizedNameAllocs(t *testing.T) {
	buf := make([]byte, 0, 128)
	for _, s := range []string{"ACME, Inc.", "Société Générale S.A."} {
		n := testing.AllocsPerRun(100, func() { buf = AppendNormalizedName(buf[:0], s) })
		assert.Zero(t, n, s)
	}
}
