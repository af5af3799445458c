package leadroute

import (
	"strings"
	"testing"
)

// needsFold's 8-bytes-at-a-time scan agrees with a byte-by-byte one for
// every byte value at every position of strings of every length up to
// 17, over backgrounds of lower-case letters and of other bytes.
func TestNeedsFoldWords(t *testing.T) {
	slow := func(v string) bool {
		if v == "" {
			return false
		}
		if v[0] == ' ' || v[len(v)-1] == ' ' || v[0] == '\t' || v[len(v)-1] == '\t' {
			return true
		}
		for i := 0; i < len(v); i++ {
			if c := v[i]; ('A' <= c && c <= 'Z') || c >= 0x80 || c < ' ' {
				return true
			}
		}
		return false
	}
	for _, bg := range []byte{'a', 'z', '0', '-', '~', '@', '[', ' ' + 1} {
		for n := 1; n <= 17; n++ {
			for pos := 0; pos < n; pos++ {
				for c := 0; c < 256; c++ {
					b := []byte(strings.Repeat(string(bg), n))
					b[pos] = byte(c)
					if got, want := needsFold(string(b)), slow(string(b)); got != want {
						t.Fatalf("needsFold(%q) = %v, want %v", b, got, want)
					}
				}
			}
		}
	}
}
