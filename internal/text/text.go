// Package text holds the small, allocation-free string helpers that several
// leadroute packages share: host extraction from typed web addresses and
// case-insensitive map lookups.
package text

import (
	"strings"
	"unicode/utf8"
)

// HostOf extracts the host from a web address or domain typed by a person:
// "https://user@www.Acme.com:8080/about?x" → "www.Acme.com". It does not
// change case and allocates nothing.
func HostOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i:], "]") {
		s = s[:i]
	}
	return s
}

// MaxFold is the longest value LookupFold folds on the stack.
const MaxFold = 64

// LookupFold looks s up in m after trimming surrounding space and
// lower-casing it; m's keys must be lower-case. ASCII values up to MaxFold
// bytes are folded in a stack buffer and looked up without allocating;
// others go through strings.ToLower.
func LookupFold[V any](m map[string]V, s string) (V, bool) {
	s = strings.TrimSpace(s)
	if len(s) <= MaxFold {
		var buf [MaxFold]byte
		ascii := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			v, ok := m[string(buf[:len(s)])] // no allocation: map index by converted bytes
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}
