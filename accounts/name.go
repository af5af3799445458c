package accounts

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// legalSuffixes are the legal-form words dropped from the end of a
// normalised company name, after punctuation inside them is removed
// ("S.A.S." → "sas", "B.V." → "bv").
var legalSuffixes = map[string]bool{
	// English-speaking countries
	"inc": true, "incorporated": true, "corp": true, "corporation": true,
	"co": true, "company": true, "llc": true, "llp": true, "lp": true,
	"ltd": true, "limited": true, "plc": true, "pty": true, "pte": true,
	"pvt": true, "pc": true, "pllc": true,
	// German-speaking countries
	"gmbh": true, "ag": true, "kg": true, "kgaa": true, "ohg": true,
	"ug": true, "mbh": true, "se": true,
	// Romance languages
	"sa": true, "sas": true, "sasu": true, "sarl": true, "sl": true,
	"slu": true, "spa": true, "srl": true, "sca": true, "snc": true,
	"lda": true, "ltda": true, "sau": true, "cv": true, "sac": true,
	// Benelux, Nordics
	"bv": true, "nv": true, "bvba": true, "cvba": true, "vof": true,
	"oy": true, "oyj": true, "ab": true, "asa": true, "as": true,
	"aps": true, "hf": true, "ehf": true,
	// Central and Eastern Europe
	"sro": true, "spzoo": true, "zrt": true, "kft": true, "ooo": true,
	"zao": true, "oao": true, "pao": true, "ead": true, "ood": true,
	"doo": true, "dd": true,
	// Asia
	"kk": true, "gk": true, "yk": true, "bhd": true, "sdn": true,
	"tbk": true, "pt": true,
}

// NormalizeName returns the key under which company names are compared:
// accents removed (Unicode NFKD, combining marks dropped, and ß→ss, æ→ae,
// ø→o, œ→oe, ł→l, đ→d, þ→th), lower case, apostrophes, dots and slashes
// removed ("S.A." → "sa", "A/S" → "as"), "&" read as "and", any other
// punctuation and white space separating words, runs of single letters
// joined ("I B M" → "ibm"), a leading "the" and trailing legal forms
// (Inc, LLC, Ltd, GmbH, S.A., B.V., PLC, Corp, Co, Pty, Oy, AB, SpA, SRL,
// KK and more, with an "&" between them as in "GmbH & Co. KG") dropped,
// as long as a word remains. So "ACME, Inc.", "Acme Inc" and "acme" all
// give "acme", and "Société Générale S.A." gives "societe generale".
//
// It is safe for concurrent use.
func NormalizeName(s string) string {
	var buf [128]byte
	b := AppendNormalizedName(buf[:0], s)
	if string(b) == s {
		return s
	}
	return string(b)
}

// AppendNormalizedName appends NormalizeName(s) to dst and returns the
// extended buffer; with a buffer of enough capacity it allocates nothing.
func AppendNormalizedName(dst []byte, s string) []byte {
	start := len(dst)
	w := nameWriter{start: start, tokStart: -1}
	b := dst
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			b = w.rune(b, rune(s[i]))
		}
	} else {
		// Decompose rune by rune (NFKD, without its reordering, which does
		// not matter as the combining marks are dropped). The
		// decompositions are slices of x/text's static tables: no
		// allocation.
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r >= utf8.RuneSelf {
				if d := norm.NFKD.PropertiesString(s[i:]).Decomposition(); d != nil {
					for len(d) > 0 {
						dr, dn := utf8.DecodeRune(d)
						d = d[dn:]
						b = w.rune(b, dr)
					}
					i += n
					continue
				}
			}
			b = w.rune(b, r)
			i += n
		}
	}
	b = w.endToken(b)
	return w.finish(b)
}

// nameWriter holds the state of AppendNormalizedName; the buffer is
// passed in and returned (not stored), so that a caller's stack buffer
// does not escape.
type nameWriter struct {
	start      int  // where the name starts in b
	tokStart   int  // start of the current token in b, -1 if none
	prevSingle bool // the previous token is a run of single letters
}

func (w *nameWriter) rune(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = w.byte(b, c)
		case c >= 'A' && c <= 'Z':
			b = w.byte(b, c+'a'-'A')
		case c == '.' || c == '\'' || c == '/' || c == '`':
			// Joins: "S.A." → "sa", "O'Neil" → "oneil", "A/S" → "as".
		case c == '&' || c == '+':
			b = w.endToken(b)
			b = w.word(b, "and")
		default:
			b = w.endToken(b)
		}
	case unicode.Is(unicode.Mn, r):
		// A combining mark left by NFKD: the accent of "é".
	case r == '’' || r == 'ʼ' || r == '‘':
		// Typographic apostrophes join, as "'" does.
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		switch r = unicode.ToLower(r); r {
		case 'ß':
			b = w.str(b, "ss")
		case 'æ':
			b = w.str(b, "ae")
		case 'œ':
			b = w.str(b, "oe")
		case 'ø':
			b = w.byte(b, 'o')
		case 'ł':
			b = w.byte(b, 'l')
		case 'đ', 'ð':
			b = w.byte(b, 'd')
		case 'þ':
			b = w.str(b, "th")
		case 'ı':
			b = w.byte(b, 'i')
		default:
			if w.tokStart < 0 {
				b = w.beginToken(b)
			}
			b = utf8.AppendRune(b, r)
		}
	default:
		b = w.endToken(b)
	}
	return b
}

func (w *nameWriter) beginToken(b []byte) []byte {
	if len(b) > w.start {
		b = append(b, ' ')
	}
	w.tokStart = len(b)
	return b
}

func (w *nameWriter) byte(b []byte, c byte) []byte {
	if w.tokStart < 0 {
		b = w.beginToken(b)
	}
	return append(b, c)
}

func (w *nameWriter) str(b []byte, s string) []byte {
	if w.tokStart < 0 {
		b = w.beginToken(b)
	}
	return append(b, s...)
}

func (w *nameWriter) word(b []byte, s string) []byte {
	return w.endToken(w.str(b, s))
}

// endToken closes the current token, joining it to the previous one when
// both are single letters ("I B M" → "ibm").
func (w *nameWriter) endToken(b []byte) []byte {
	if w.tokStart < 0 {
		return b
	}
	tok := b[w.tokStart:]
	single := utf8.RuneCount(tok) == 1
	if single && w.prevSingle {
		// Remove the space before this token.
		copy(b[w.tokStart-1:], tok)
		b = b[:len(b)-1]
	}
	w.prevSingle = single
	w.tokStart = -1
	return b
}

// finish drops a leading "the" and trailing legal forms.
func (w *nameWriter) finish(b []byte) []byte {
	name := b[w.start:]
	for len(name) > 4 && string(name[:4]) == "the " {
		// Every leading "the", so that a key is its own key ("The The
		// Acme" → "acme", not "the acme").
		n := copy(name, name[4:])
		name = name[:n]
	}
	stripped := false
	for {
		sp := lastSpace(name)
		if sp < 0 {
			break // keep the last word
		}
		last := name[sp+1:]
		if legalSuffixes[string(last)] || stripped && string(last) == "and" {
			name = name[:sp]
			stripped = true
			continue
		}
		break
	}
	return b[:w.start+len(name)]
}

func lastSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == ' ' {
			return i
		}
	}
	return -1
}
