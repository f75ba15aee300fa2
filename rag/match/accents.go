package match

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/parleybot/parley/rag/index"
)

// This file lets a word typed without its accents meet the word the
// articles write with them, and the other way round: "Temur" is "Temür",
// "Mongke" is "Möngke", "Besancon" is "Besançon".

// stripAccents returns s without its combining marks (NFD, marks removed,
// NFC again).
func stripAccents(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s // nearly every term: nothing to strip
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// accentForms maps each accentless form to the corpus's terms that have
// it and are written with accents.
func accentForms(ix *index.Index) map[string][]string {
	out := map[string][]string{}
	for _, t := range ix.Terms() {
		if f := stripAccents(t); f != t {
			out[f] = append(out[f], t)
		}
	}
	return out
}

// AccentVariants returns the corpus's terms that are t written with other
// accents, or without them.
func (m *Matcher) AccentVariants(t string) []string {
	f := stripAccents(t)
	var out []string
	for _, v := range m.accents()[f] {
		if v != t {
			out = append(out, v)
		}
	}
	if f != t && m.ix.SentenceDF(f) > 0 {
		out = append(out, f)
	}
	return out
}
