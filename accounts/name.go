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
	w := nameWriter{b: dst, start: start, tokStart: -1}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			w.rune(rune(s[i]))
		}
	} else {
		var it norm.Iter
		it.InitString(norm.NFKD, s)
		for !it.Done() {
			seg := it.Next()
			for len(seg) > 0 {
				r, n := utf8.DecodeRune(seg)
				seg = seg[n:]
				w.rune(r)
			}
		}
	}
	w.endToken()
	return w.finish()
}

type nameWriter struct {
	b          []byte
	start      int  // where the name starts in b
	tokStart   int  // start of the current token in b, -1 if none
	prevSingle bool // the previous token is a run of single letters
}

func (w *nameWriter) rune(r rune) {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			w.byte(c)
		case c >= 'A' && c <= 'Z':
			w.byte(c + 'a' - 'A')
		case c == '.' || c == '\'' || c == '/' || c == '`':
			// Joins: "S.A." → "sa", "O'Neil" → "oneil", "A/S" → "as".
		case c == '&' || c == '+':
			w.endToken()
			w.word("and")
		default:
			w.endToken()
		}
	case unicode.Is(unicode.Mn, r):
		// A combining mark left by NFKD: the accent of "é".
	case r == '’' || r == 'ʼ' || r == '‘':
		// Typographic apostrophes join, as "'" does.
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		switch r = unicode.ToLower(r); r {
		case 'ß':
			w.str("ss")
		case 'æ':
			w.str("ae")
		case 'œ':
			w.str("oe")
		case 'ø':
			w.byte('o')
		case 'ł':
			w.byte('l')
		case 'đ', 'ð':
			w.byte('d')
		case 'þ':
			w.str("th")
		case 'ı':
			w.byte('i')
		default:
			if w.tokStart < 0 {
				w.beginToken()
			}
			w.b = utf8.AppendRune(w.b, r)
		}
	default:
		w.endToken()
	}
}

func (w *nameWriter) beginToken() {
	if len(w.b) > w.start {
		w.b = append(w.b, ' ')
	}
	w.tokStart = len(w.b)
}

func (w *nameWriter) byte(c byte) {
	if w.tokStart < 0 {
		w.beginToken()
	}
	w.b = append(w.b, c)
}

func (w *nameWriter) str(s string) {
	if w.tokStart < 0 {
		w.beginToken()
	}
	w.b = append(w.b, s...)
}

func (w *nameWriter) word(s string) {
	w.str(s)
	w.endToken()
}

// endToken closes the current token, joining it to the previous one when
// both are single letters ("I B M" → "ibm").
func (w *nameWriter) endToken() {
	if w.tokStart < 0 {
		return
	}
	tok := w.b[w.tokStart:]
	single := utf8.RuneCount(tok) == 1
	if single && w.prevSingle {
		// Remove the space before this token.
		copy(w.b[w.tokStart-1:], tok)
		w.b = w.b[:len(w.b)-1]
	}
	w.prevSingle = single
	w.tokStart = -1
}

// finish drops a leading "the" and trailing legal forms.
func (w *nameWriter) finish() []byte {
	name := w.b[w.start:]
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
	if len(name) > 4 && string(name[:4]) == "the " {
		n := copy(name, name[4:])
		name = name[:n]
	}
	return w.b[:w.start+len(name)]
}

func lastSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == ' ' {
			return i
		}
	}
	return -1
}
