package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AppendNameKey appends to dst the lookup key of a place name: its letters
// and digits in lower case, without accents and without anything else
// (spaces, punctuation), so that "Île-de-France", "ile de france" and
// "ILEDEFRANCE" share the key "iledefrance". A few letters that Unicode
// does not decompose are spelled in ASCII ("ß" → "ss", "ł" → "l", "ø" →
// "o", "æ" → "ae"). Other scripts keep their letters, lower-cased.
//
// For ASCII input it allocates nothing beyond growing dst; callers pass a
// stack buffer as dst.
func AppendNameKey(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
		}
		return dst
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if a := asciiLetter(r); a != "" {
				dst = append(dst, a...)
			} else {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	return dst
}

// asciiLetter spells in ASCII the lower-case Latin letters that have no
// Unicode decomposition, so that a name typed without them still matches;
// it returns "" for any other rune.
func asciiLetter(r rune) string {
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'ø':
		return "o"
	case 'ł', 'ŀ':
		return "l"
	case 'đ', 'ð':
		return "d"
	case 'þ':
		return "th"
	case 'ħ':
		return "h"
	case 'ı':
		return "i"
	case 'ŧ':
		return "t"
	case 'ŋ':
		return "n"
	case 'ə':
		return "e"
	}
	return ""
}
