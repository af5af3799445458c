// Package text holds the small, allocation-free string helpers that several
// leadroute packages share: host extraction from typed web addresses and
// case-insensitive map lookups.
package text

import (
	"strings"
	"unicode"
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

// MaxFold is the longest value folded on the stack.
const MaxFold = 64

// foldASCII writes the lower-case form of s into buf and returns its
// length; ok is false if s is longer than MaxFold or not ASCII.
func foldASCII(buf *[MaxFold]byte, s string) (n int, ok bool) {
	if len(s) > MaxFold {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(s), true
}

// LookupFold looks s up in m after trimming surrounding space and
// lower-casing it; m's keys must be lower-case. ASCII values up to MaxFold
// bytes are folded in a stack buffer and looked up without allocating;
// others go through strings.ToLower.
func LookupFold[V any](m map[string]V, s string) (V, bool) {
	s = strings.TrimSpace(s)
	var buf [MaxFold]byte
	if n, ok := foldASCII(&buf, s); ok {
		v, ok := m[string(buf[:n])] // no allocation: map index by converted bytes
		return v, ok
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

// HasFold reports whether strings.ToLower(s) is a key of set (whose keys
// are lower-case), without allocating even for non-ASCII s (which is
// compared with every key instead: use it for small sets).
func HasFold(set map[string]struct{}, s string) bool {
	var buf [MaxFold]byte
	if n, ok := foldASCII(&buf, s); ok {
		_, ok := set[string(buf[:n])]
		return ok
	}
	for k := range set {
		if lowerEqual(s, k) {
			return true
		}
	}
	return false
}

// lowerEqual reports whether strings.ToLower(s) == lo without building the
// lower-cased string. Like strings.Map, it reads an invalid UTF-8 byte as
// U+FFFD.
func lowerEqual(s, lo string) bool {
	j := 0
	var b [utf8.UTFMax]byte
	for _, r := range s {
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		if j+n > len(lo) || lo[j:j+n] != string(b[:n]) {
			return false
		}
		j += n
	}
	return j == len(lo)
}
