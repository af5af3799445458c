package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
)

// GenOptions shapes the leads Generate makes. The zero value means the
// defaults documented on each field.
type GenOptions struct {
	// Start is when the first lead may arrive. Default: Monday 2 March 2026,
	// 00:00 UTC.
	Start time.Time
	// Span is how long leads keep arriving after Start. Default: 28 days.
	Span time.Duration
	// FreeMail is the share of leads with a free-mail address (gmail.com and
	// the like). Default 0.12; a negative value means none.
	FreeMail float64
	// Broken is the share of leads with a broken value (an address without
	// '@', an unknown country or state, a country written as a name).
	// Default 0.03; a negative value means none.
	Broken float64
	// IDPrefix prefixes the lead IDs ("L" by default: L00001, L00002, ...).
	IDPrefix string
}

func (o GenOptions) withDefaults() GenOptions {
	if o.Start.IsZero() {
		o.Start = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
	}
	if o.Span <= 0 {
		o.Span = 28 * 24 * time.Hour
	}
	if o.FreeMail == 0 {
		o.FreeMail = 0.12
	}
	if o.Broken == 0 {
		o.Broken = 0.03
	}
	if o.IDPrefix == "" {
		o.IDPrefix = "L"
	}
	return o
}

type genCountry struct {
	code   string
	weight int
	utc    int // rough UTC offset of business hours, in hours
	langs  []string
	tld    string
	states []string
	cities []string
}

var genCountries = []genCountry{
	{code: "US", weight: 38, utc: -6, langs: []string{"en", "en", "en", "en", "es"}, tld: ".com",
		states: []string{"CA", "NY", "TX", "WA", "MA", "IL", "FL", "CO", "GA", "NC"},
		cities: []string{"San Francisco", "New York", "Austin", "Seattle", "Boston", "Chicago", "Miami", "Denver", "Atlanta", "Raleigh"}},
	{code: "CA", weight: 6, utc: -5, langs: []string{"en", "en", "fr"}, tld: ".ca",
		states: []string{"ON", "QC", "BC", "AB"}, cities: []string{"Toronto", "Montréal", "Vancouver", "Calgary"}},
	{code: "GB", weight: 11, utc: 0, langs: []string{"en"}, tld: ".co.uk", cities: []string{"London", "Manchester", "Edinburgh", "Bristol"}},
	{code: "DE", weight: 9, utc: 1, langs: []string{"de", "de", "en"}, tld: ".de", cities: []string{"Berlin", "München", "Hamburg", "Köln"}},
	{code: "FR", weight: 6, utc: 1, langs: []string{"fr", "fr", "en"}, tld: ".fr", cities: []string{"Paris", "Lyon", "Toulouse"}},
	{code: "ES", weight: 4, utc: 1, langs: []string{"es"}, tld: ".es", cities: []string{"Madrid", "Barcelona", "Valencia"}},
	{code: "NL", weight: 3, utc: 1, langs: []string{"nl", "en"}, tld: ".nl", cities: []string{"Amsterdam", "Rotterdam", "Utrecht"}},
	{code: "SE", weight: 2, utc: 1, langs: []string{"sv", "en"}, tld: ".se", cities: []string{"Stockholm", "Göteborg"}},
	{code: "MX", weight: 4, utc: -6, langs: []string{"es"}, tld: ".mx", cities: []string{"Ciudad de México", "Monterrey", "Guadalajara"}},
	{code: "BR", weight: 5, utc: -3, langs: []string{"pt"}, tld: ".com.br", cities: []string{"São Paulo", "Rio de Janeiro", "Curitiba"}},
	{code: "AR", weight: 1, utc: -3, langs: []string{"es"}, tld: ".com.ar", cities: []string{"Buenos Aires", "Córdoba"}},
	{code: "AU", weight: 4, utc: 10, langs: []string{"en"}, tld: ".com.au", states: []string{"NSW", "VIC", "QLD"}, cities: []string{"Sydney", "Melbourne", "Brisbane"}},
	{code: "JP", weight: 3, utc: 9, langs: []string{"ja"}, tld: ".co.jp", cities: []string{"Tokyo", "Osaka"}},
	{code: "IN", weight: 3, utc: 5, langs: []string{"en", "hi"}, tld: ".in", cities: []string{"Bengaluru", "Mumbai", "Pune"}},
	{code: "SG", weight: 1, utc: 8, langs: []string{"en"}, tld: ".sg", cities: []string{"Singapore"}},
}

var usPostal = map[string]string{"CA": "94107", "NY": "10001", "TX": "78701", "WA": "98101", "MA": "02110", "IL": "60601", "FL": "33101", "CO": "80202", "GA": "30303", "NC": "27601"}

var (
	genIndustries = []string{"Software", "Software", "Software", "Financial Services", "Healthcare", "Manufacturing", "Retail", "Education", "Media", "Logistics", "Energy", "Government"}
	genSources    = []string{"web", "web", "web", "webinar", "referral", "paid-search", "paid-search", "event", "partner"}
	genProducts   = []string{"core", "analytics", "api", "security"}
	genFirst      = []string{"ana", "ben", "chloe", "david", "elena", "farid", "grace", "hiro", "ines", "jonas", "kofi", "lena", "mateo", "nora", "omar", "priya", "quinn", "rosa", "sven", "tomás", "uma", "victor", "wei", "yara", "zoe"}
	genLast       = []string{"garcia", "smith", "müller", "martin", "rossi", "silva", "tanaka", "kumar", "johnson", "dubois", "berg", "novak", "lopez", "kim", "okafor", "walsh"}
	genPrefix     = []string{"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Aperture", "Gringotts", "Oscorp", "Nakatomi", "Pied Piper", "Massive Dynamic", "Blue Sun", "Monarch", "Dunder", "Prestige", "Sirius", "Zenith", "Nimbus", "Helix", "Quantum", "Northwind", "Contoso", "Fabrikam"}
	genSuffix     = []string{"", " Labs", " Systems", " Group", " Health", " Logistics", " Capital", " Retail", " Energy", " Media", " Analytics", " Foods"}
	genLegal      = map[string]string{"US": " Inc.", "CA": " Ltd.", "GB": " Ltd", "DE": " GmbH", "FR": " SAS", "ES": " S.L.", "NL": " B.V.", "SE": " AB", "MX": " S.A. de C.V.", "BR": " Ltda.", "AR": " S.A.", "AU": " Pty Ltd", "JP": " K.K.", "IN": " Pvt Ltd", "SG": " Pte Ltd"}
	genFreeMail   = []string{"gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de", "proton.me"}
	// employee bands: upper bounds and weights
	genSizes = []struct{ lo, hi, weight int }{{1, 10, 22}, {11, 50, 26}, {51, 200, 22}, {201, 1000, 15}, {1001, 5000, 10}, {5001, 50000, 5}}
)

// Generate returns n realistic, varied leads arriving between opts.Start
// and opts.Start+opts.Span, sorted by CreatedAt, with IDs in that order.
// Arrivals follow business hours in each lead's region (busier on
// weekdays, quiet at night and at weekends). Leads vary in country (with
// US, Canadian and Australian states), size, revenue, industry, score,
// source, language and products; some use free-mail addresses and a few
// carry broken values, as real form fills do.
//
// The same seed, n and options always give the same leads. Generate is
// safe for concurrent use.
func Generate(seed uint64, n int, opts GenOptions) []leadroute.Lead {
	o := opts.withDefaults()
	rng := rand.New(rand.NewPCG(seed, seed^0x6c656164726f7574))
	totalW := 0
	for _, c := range genCountries {
		totalW += c.weight
	}
	sizeW := 0
	for _, s := range genSizes {
		sizeW += s.weight
	}
	leads := make([]leadroute.Lead, n)
	for i := range leads {
		l := &leads[i]
		k := rng.IntN(totalW)
		ci := 0
		for k >= genCountries[ci].weight {
			k -= genCountries[ci].weight
			ci++
		}
		c := &genCountries[ci]
		l.CreatedAt = arrival(rng, o.Start, o.Span, c.utc)
		l.Country = c.code
		l.City = pick(rng, c.cities)
		if len(c.states) > 0 {
			j := rng.IntN(len(c.states))
			l.State = c.states[j]
			if c.code == "US" {
				l.PostalCode = usPostal[l.State]
				if j < len(c.cities) {
					l.City = c.cities[j]
				}
			}
		}
		l.Language = pick(rng, c.langs)

		s := rng.IntN(sizeW)
		si := 0
		for s >= genSizes[si].weight {
			s -= genSizes[si].weight
			si++
		}
		b := genSizes[si]
		// log-uniform inside the band
		l.Employees = int(math.Round(math.Exp(math.Log(float64(b.lo)) + rng.Float64()*(math.Log(float64(b.hi))-math.Log(float64(b.lo))))))
		l.Revenue = math.Round(float64(l.Employees)*(80_000+rng.Float64()*170_000)/1000) * 1000
		l.Industry = pick(rng, genIndustries)
		l.Source = pick(rng, genSources)
		// Scores: most leads are lukewarm, a tail is hot.
		l.Score = min(100, int(math.Round(math.Abs(rng.NormFloat64())*28)))
		if l.Source == "referral" || l.Source == "event" {
			l.Score = min(100, l.Score+20)
		}
		np := 1 + rng.IntN(3)
		if rng.IntN(3) > 0 {
			np = 1
		}
		perm := rng.Perm(len(genProducts))
		for _, p := range perm[:np] {
			l.Products = append(l.Products, genProducts[p])
		}
		slices.Sort(l.Products)

		company := pick(rng, genPrefix) + pick(rng, genSuffix)
		slug := strings.ToLower(strings.NewReplacer(" ", "", ".", "").Replace(company))
		l.Company = company + genLegal[c.code]
		domain := slug + c.tld
		if rng.IntN(5) == 0 {
			domain = slug + ".com"
		}
		if rng.IntN(8) == 0 {
			domain = pick(rng, []string{"eu.", "us.", "mail.", "corp."}) + domain
		}
		first, last := pick(rng, genFirst), pick(rng, genLast)
		local := first + "." + last
		if rng.IntN(4) == 0 {
			local = first[:1] + last
		}
		if o.FreeMail > 0 && rng.Float64() < o.FreeMail {
			l.Email = fmt.Sprintf("%s%d@%s", strings.ReplaceAll(local, ".", ""), rng.IntN(90)+10, pick(rng, genFreeMail))
		} else {
			l.Email = local + "@" + domain
		}
		if rng.IntN(3) == 0 {
			l.Website = "https://www." + strings.TrimPrefix(domain, "eu.")
		}
		if o.Broken > 0 && rng.Float64() < o.Broken {
			breakLead(rng, l)
		} else if rng.IntN(25) == 0 {
			// Valid but unnormalised input the router must clean up.
			switch rng.IntN(3) {
			case 0:
				l.Country = map[string]string{"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "BR": "Brazil", "MX": "Mexico", "JP": "Japan", "IN": "India", "CA": "Canada", "AU": "Australia", "NL": "Netherlands", "SE": "Sweden", "AR": "Argentina", "SG": "Singapore"}[l.Country]
			case 1:
				l.Country = strings.ToLower(l.Country)
			case 2:
				l.Email = strings.ToUpper(l.Email[:1]) + l.Email[1:] + " "
			}
		}
	}
	slices.SortStableFunc(leads, func(a, b leadroute.Lead) int { return a.CreatedAt.Compare(b.CreatedAt) })
	width := len(fmt.Sprint(n))
	width = max(width, 5)
	for i := range leads {
		leads[i].ID = fmt.Sprintf("%s%0*d", o.IDPrefix, width, i+1)
	}
	return leads
}

// breakLead damages one field the way real form fills do.
func breakLead(rng *rand.Rand, l *leadroute.Lead) {
	switch rng.IntN(6) {
	case 0:
		l.Email = strings.ReplaceAll(l.Email, "@", " at ")
	case 1:
		l.Email = "n/a"
	case 2:
		l.Country = pick(rng, []string{"Narnia", "XX", "Europe", "Atlantis"})
		l.State = ""
	case 3:
		if l.Country == "US" {
			l.State = pick(rng, []string{"Calfornia", "ZZ", "N/A"})
		} else {
			l.Email = l.Email[:strings.IndexByte(l.Email, '@')+1]
		}
	case 4:
		l.Country = ""
		l.State = ""
		l.City = ""
	case 5:
		l.Email = "@" + l.Domain
		if l.Domain == "" {
			l.Email = "test@localhost"
		}
	}
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// hourWeight is how busy an hour of the week is for form fills, by local
// weekday and hour.
func hourWeight(wd time.Weekday, h int) float64 {
	var w float64
	switch {
	case h >= 9 && h < 12, h >= 13 && h < 17:
		w = 1
	case h == 12 || h == 17 || h == 8:
		w = 0.7
	case h >= 18 && h < 22:
		w = 0.3
	case h >= 6 && h < 8:
		w = 0.2
	default:
		w = 0.06
	}
	if wd == time.Saturday || wd == time.Sunday {
		w *= 0.2
	}
	return w
}

// arrival draws a creation time in [start, start+span) following business
// hours at the given UTC offset (rejection sampling).
func arrival(rng *rand.Rand, start time.Time, span time.Duration, utc int) time.Time {
	for range 1000 {
		t := start.Add(time.Duration(rng.Int64N(int64(span))))
		lt := t.UTC().Add(time.Duration(utc) * time.Hour)
		if rng.Float64() < hourWeight(lt.Weekday(), lt.Hour()) {
			return t.Truncate(time.Second)
		}
	}
	return start.Add(time.Duration(rng.Int64N(int64(span)))).Truncate(time.Second)
}
