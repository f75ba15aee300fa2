// Package attrib answers who said a quotation and what a person said: an
// index over the quotations and speakers that rag/quote found in the
// corpus, matching exact fragments, paraphrases (by words and by the
// index's vectors) and any form of a speaker's name.
package attrib

import (
	"regexp"
	"sync"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/wordvec"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Quotations holds the corpus's quotations, found at index time, with what
// matching a /who-said query needs. It is read-only once made, and safe for
// concurrent use.
type Quotations struct {
	// ix holds the quotations' vectors, for paraphrases.
	ix *index.Index
	// near finds the quotations' words near a query word, by word
	// vectors; made on first use.
	near func() *nearWords
	// vocab is the quotations' terms in order, for finding a term's kin
	// (see kin); made on first use.
	vocab func() []string
	// lexicon gives WordNet's related words and opposites, or nil.
	lexicon  func() *lexicon.Lexicon
	all      []quote.Quote
	speakers []quote.Speaker
	// terms are the index terms of each quotation (and, for reported
	// speech, of its sentence); folded its text folded for exact matching.
	terms, sentTerms [][]string
	// negated are the terms a negation in each quotation governs
	// (term.Negated); nil for a quotation without a negation.
	negated         [][]string
	folded, foldedS []string
	df              map[string]int
	// alias maps folded names and aliases to their speaker, and
	// aliasWords is the most words one has.
	alias      map[string]int
	aliasWords int
	// ambiguous maps a folded form that several speakers share to their
	// names.
	ambiguous map[string][]string
	// byID maps a vector ID to the quotations with that text, and ids
	// gives each quotation's.
	byID map[string][]int
	ids  []string
	// speakerRole is the role of each speaker the quotations name, for
	// quotations that give none.
	speakerRole map[string]string
	// holding maps a term to the quotations whose terms or sentence terms
	// hold it, in order: only those can match a query with that term.
	holding map[string][]int32
}

// New indexes the quotations of ix for matching.
//
// vectors, if set, gives the word vectors through which paraphrases are
// met ("truce" for "cease-fire"); it is called on first use. lexicon, if
// set, gives WordNet's related words, through which paraphrases are met
// too ("complete" for "finish"), and its opposites, which a paraphrase
// must not meet ("lost" for "won").
func New(ix *index.Index, vectors func() *wordvec.Table, lexicon func() *lexicon.Lexicon) *Quotations {
	quotes, speakers, qids := ix.Quotes(), ix.Speakers(), ix.QuoteIDs()
	qi := &Quotations{
		ix: ix, all: quotes, speakers: speakers,
		terms: make([][]string, len(quotes)), sentTerms: make([][]string, len(quotes)),
		folded: make([]string, len(quotes)), foldedS: make([]string, len(quotes)), ids: make([]string, len(quotes)),
		negated: make([][]string, len(quotes)),
		df:      map[string]int{}, alias: map[string]int{}, byID: map[string][]int{},
		holding: map[string][]int32{}, lexicon: lexicon,
	}
	st := term.NewStemmer()
	for i, q := range quotes {
		id := qids[i]
		qi.byID[id] = append(qi.byID[id], i)
		qi.ids[i] = id
		qi.terms[i] = st.Sequence(q.Text)
		if term.Negates(q.Text) {
			qi.negated[i] = append([]string{}, term.Negated(q.Text)...)
		}
		qi.folded[i] = foldForMatch(q.Text)
		if q.Kind != quote.Direct {
			qi.sentTerms[i] = st.Sequence(q.Sentence)
			qi.foldedS[i] = foldForMatch(q.Sentence)
		}
		for t := range textutil.Set(qi.terms[i], qi.sentTerms[i]) {
			qi.df[t]++
			qi.holding[t] = append(qi.holding[t], int32(i))
		}
	}
	holders := map[string][]int{}
	for i, s := range speakers {
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			key := foldName(name)
			if _, taken := qi.alias[key]; !taken || key == foldName(s.Name) {
				qi.alias[key] = i
			}
			if !slices.Contains(holders[key], i) {
				holders[key] = append(holders[key], i)
			}
		}
	}
	qi.near = sync.OnceValue(func() *nearWords {
		if vectors == nil {
			return nil
		}
		return newNearWords(vectors(), qi.df)
	})
	qi.vocab = sync.OnceValue(func() []string {
		out := make([]string, 0, len(qi.df))
		for t := range qi.df {
			out = append(out, t)
		}
		sort.Strings(out)
		return out
	})
	// A form two people share (a surname: "Bush" for Jeb Bush and George
	// H.W. Bush) names neither: asking for it gets "did you mean".
	qi.ambiguous = map[string][]string{}
	for key, hs := range holders {
		if len(hs) < 2 {
			continue
		}
		full := false
		for _, i := range hs {
			full = full || foldName(speakers[i].Name) == key
		}
		if full {
			continue
		}
		for _, i := range hs {
			qi.ambiguous[key] = append(qi.ambiguous[key], speakers[i].Name)
		}
		sort.Strings(qi.ambiguous[key])
		delete(qi.alias, key)
	}
	for alias := range qi.alias {
		qi.aliasWords = max(qi.aliasWords, strings.Count(alias, " ")+1)
	}
	qi.speakerRole = map[string]string{}
	for _, q := range quotes {
		if _, done := qi.speakerRole[q.Speaker]; !done {
			role := ""
			if i, ok := qi.alias[foldName(q.Speaker)]; ok {
				role = speakers[i].Role
			}
			qi.speakerRole[q.Speaker] = role
		}
	}
	return qi
}

// foldForMatch folds text for fragment matching: typographic variants,
// case, bracketed insertions ("[John Kerry]"), ellipses, apostrophes and
// punctuation go; words stay, separated by single spaces.
func foldForMatch(s string) string {
	s = term.Fold(s)
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
			b.WriteByte(' ')
		case r == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'':
			// apostrophes go, so that a fragment typed without them
			// finds the words: "its frustrating", "dont"
		default:
			b.WriteByte(' ')
		}
	}
	return oneAsBody(strings.Join(strings.Fields(b.String()), " "))
}

// oneRe finds the pronouns in "-one", "no one" in one word, two or a
// hyphenated pair.
var oneRe = regexp.MustCompile(`(?i)\b(?:no[ -]?one|someone|anyone|everyone)\b`)

// oneAsBody writes the pronouns in "-one" as their twins in "-body", in
// lower case ("No one" is "nobody", "someone" "somebody"), so that a
// quotation is found in either.
func oneAsBody(s string) string {
	if !strings.Contains(s, "one") && !strings.Contains(s, "ONE") && !strings.Contains(s, "One") {
		return s // most texts: no regexp
	}
	return oneRe.ReplaceAllStringFunc(s, func(m string) string {
		m = strings.NewReplacer(" ", "", "-", "").Replace(strings.ToLower(m))
		return strings.TrimSuffix(m, "one") + "body"
	})
}

// quantityRe finds a quantity said with a noun ("lots of", "a lot of",
// "plenty of"), which says what the stop word "many" or "much" does.
var quantityRe = regexp.MustCompile(`(?i)\b(?:a lot of|lots of|plenty of|loads of)\b`)

// quantitiesAsMany writes a quantity said with a noun as "many", so that
// "there are lots of ups and downs" is read by its ups and downs, as
// "there have been many ups and downs" is, not by a "lot" no quotation
// says.
func quantitiesAsMany(s string) string {
	if !strings.Contains(strings.ToLower(s), " of") {
		return s
	}
	return quantityRe.ReplaceAllString(s, "many")
}

// singleRe finds "a single", which says "one".
var singleRe = regexp.MustCompile(`(?i)\ba single\b`)

// kindOfRe finds "sort of", "kind of" and "type of", which make what
// follows vaguer ("this sort of thing", "it's kind of hard") and say
// nothing a speaker's words must hold.
var kindOfRe = regexp.MustCompile(`(?i)\b(?:sort|kind|type)s? of\b`)

// allTheTimeRe finds "all the time", which says "often": "they talk all
// the time" is "they speak frequently", not words on time.
var allTheTimeRe = regexp.MustCompile(`(?i)\ball the time\b`)

// everyRe finds "every" and "each" before a noun, which say "all" (a
// stop word): "every party agreed" is "agreed upon by all the parties".
var everyRe = regexp.MustCompile(`(?i)\b(?:every|each)\b`)

// noLongerRe finds "no longer", which says "not" of now, and anymoreRe
// the "anymore" (or "any more", "any longer") of "not … anymore".
var (
	noLongerRe = regexp.MustCompile(`(?i)\bno longer\b`)
	anymoreRe  = regexp.MustCompile(`(?i)\b(?:anymore|any more|any longer)\b`)
)

// notContractionRe finds a verb contracted with "not": "doesn't",
// "won't", "isn't".
var notContractionRe = regexp.MustCompile(`(?i)\b([a-z]+)n['’]t\b`)

// notWrittenOut writes a verb contracted with "not" as two words ("won't"
// as "will not"): the verb is a stop word, and the negation is read as
// "not", however the quotation writes it.
func notWrittenOut(s string) string {
	return notContractionRe.ReplaceAllStringFunc(s, func(m string) string {
		verb := strings.ToLower(notContractionRe.FindStringSubmatch(m)[1])
		switch verb {
		case "wo":
			return "will not"
		case "ca":
			return "cannot"
		case "sha":
			return "shall not"
		case "ai":
			return "is not"
		}
		return verb + " not"
	})
}

// plainWording writes a query in the plain words a quotation would use:
// "won't" as "will not", a quantity said with a noun as "many", "a
// single" as "one" (both stop words), "all the time" as "often", "every" and "each" as "all", "no longer" as "not", and without
// "sort of" and "anymore": "you can't fix this sort of thing in a single
// day" is read by "fix" and "day", as "one cannot resolve issues like
// this in just one day" is.
func plainWording(s string) string {
	s = notWrittenOut(s)
	s = kindOfRe.ReplaceAllString(singleRe.ReplaceAllString(quantitiesAsMany(s), "one"), "")
	s = allTheTimeRe.ReplaceAllString(s, "often")
	s = everyRe.ReplaceAllString(s, "all")
	s = anymoreRe.ReplaceAllString(noLongerRe.ReplaceAllString(s, "not"), "")
	return strings.Join(strings.Fields(s), " ")
}

// foldName folds a speaker's name for lookup: case, accents of quotes,
// punctuation and a leading "the" go.
func foldName(s string) string {
	f := foldForMatch(s)
	return strings.TrimPrefix(f, "the ")
}

// KnownAlias reports whether a name is a form of a known speaker's name.
func (qi *Quotations) KnownAlias(name string) bool {
	_, ok := qi.alias[foldName(name)]
	return ok
}

// nearWords finds, for a query word, the quotations' words whose vectors
// are near its own.
type nearWords struct {
	vec   *wordvec.Table
	vocab []string
	mat   []float32
}

func newNearWords(vec *wordvec.Table, df map[string]int) *nearWords {
	if vec == nil {
		return nil
	}
	n := &nearWords{vec: vec}
	for t := range df {
		n.vocab = append(n.vocab, t)
	}
	sort.Strings(n.vocab)
	kept := n.vocab[:0]
	for _, t := range n.vocab {
		if v, ok := vec.Vector(t); ok && !term.IsNumber(t) {
			kept = append(kept, t)
			n.mat = append(n.mat, v...)
		}
	}
	n.vocab = kept
	return n
}

// of returns the quotations' words near t with their cosines (at least
// match.MinCosine); nil without vectors.
func (n *nearWords) of(t string) map[string]float64 {
	if n == nil {
		return nil
	}
	v, ok := n.vec.Vector(t)
	if !ok {
		return nil
	}
	out := map[string]float64{}
	dim := n.vec.Dim()
	for i, u := range n.vocab {
		if c := wordvec.Dot(v, n.mat[i*dim:(i+1)*dim]); c >= match.MinCosine && u != t {
			out[u] = float64(c)
		}
	}
	return out
}

// cosine returns the cosine of the vectors of terms a and b; 0 without
// vectors or when either has none.
func (n *nearWords) cosine(a, b string) float64 {
	if n == nil {
		return 0
	}
	c, _ := n.vec.Cosine(a, b)
	return float64(c)
}

// Kin terms: a term and one that starts with it, both long enough, the
// shorter most of the longer.
const (
	kinMinLen = 6
	kinShare  = 0.7
)

// kin returns the quotations' terms that derive from t or t from them,
// by their stems: one starts the other ("legitim" of legitimate starts
// "legitimaci" of legitimacy), both of kinMinLen letters or more and the
// shorter at least kinShare of the longer ("nation" is not
// "nationalist").
func (qi *Quotations) kin(t string) []string {
	if len(t) < kinMinLen {
		return nil
	}
	mostOf := func(short, long string) bool { return float64(len(short)) >= kinShare*float64(len(long)) }
	var out []string
	vocab := qi.vocab()
	for i := sort.SearchStrings(vocab, t); i < len(vocab) && strings.HasPrefix(vocab[i], t); i++ {
		if u := vocab[i]; u != t && mostOf(t, u) {
			out = append(out, u)
		}
	}
	for n := kinMinLen; n < len(t); n++ {
		if u := t[:n]; qi.df[u] > 0 && mostOf(u, t) {
			out = append(out, u)
		}
	}
	return out
}
