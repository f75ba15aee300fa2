// Package term turns text into index terms: words split the way news text
// writes them (U.S., 300,000, Russia's), stop words dropped, acronyms and
// their spellings unified, irregular forms mapped to their base, and the
// rest stemmed with Porter2. Every part of Parley that matches words uses
// it, so an article and a question always meet on the same terms.
package term

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Version changes whenever tokenization, normalisation or stemming
// changes; it is part of the local embedder's ID, so indexes built with other
// terms are rebuilt.
const Version = 6

// Token is one word of a text, as written and as an index term.
type Token struct {
	// Surface is the word as written, without surrounding punctuation.
	Surface string
	// Term is the normalised, stemmed index term; empty for stop words.
	Term string
	// Capitalized reports whether the word starts with an upper-case letter.
	Capitalized bool
	// AfterBreak reports punctuation between the word and the one before
	// it: "Berlin, Stockholm".
	AfterBreak bool
}

// extraStopWords are words that carry no topic in a question or an article,
// on top of the Snowball English stop list.
var extraStopWords = map[string]bool{
	"also": true, "would": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "tell": true, "please": true, "anything": true,
	"something": true, "much": true, "get": true, "got": true, "whose": true,
	"us": true, "let": true, "know": true, "like": true, "yet": true,
	"still": true, "already": true, "even": true, "really": true, "quite": true,
	"rather": true, "perhaps": true, "maybe": true, "actually": true, "one": true,
	"ones": true, "thing": true, "things": true, "many": true,
	// indefinite pronouns: "did anyone confirm it?" asks about the
	// confirming, not about anyone.
	"anyone": true, "anybody": true, "someone": true, "somebody": true,
	"everyone": true, "everybody": true, "everything": true,
}

// contractedVerbs are the verbs a contraction joins to a pronoun ("we're",
// "I've", "they'll", "I'd", "I'm"), which leave it as much a stop word as
// the pronoun. A negation ("don't") is not one of them: it is kept.
var contractedVerbs = map[string]bool{"re": true, "ve": true, "ll": true, "d": true, "m": true}

// acronymTerms maps written acronyms and names with common variants onto one
// term, so "U.S.", "US" and "United States" meet in the index.
var acronymTerms = map[string]string{
	"u.s.": "usa", "u.s": "usa", "us": "usa", "usa": "usa", "u.s.a.": "usa",
	"u.n.": "un", "un": "un", "u.n": "un",
	"u.k.": "uk", "uk": "uk", "e.u.": "eu", "eu": "eu",
}

// phraseTerms maps two-word names onto the same terms as their acronyms.
var phraseTerms = map[[2]string]string{
	{"united", "states"}:  "usa",
	{"united", "nations"}: "un",
	{"united", "kingdom"}: "uk",
}

// phraseOpeners are the first words of phraseTerms' keys.
var phraseOpeners = func() []string {
	var out []string
	for key := range phraseTerms {
		if !slices.Contains(out, key[0]) {
			out = append(out, key[0])
		}
	}
	return out
}()

// opensPhrase reports whether w, in any case, is the first word of a
// phraseTerms key: a cheap test before the key is made.
func opensPhrase(w string) bool {
	return slices.ContainsFunc(phraseOpeners, func(o string) bool { return strings.EqualFold(w, o) })
}

// irregularForms maps irregular verb forms and plurals to their base, which
// the Snowball stemmer leaves apart ("took" and "take").
var irregularForms = map[string]string{
	"took": "take", "taken": "take", "said": "say", "says": "say", "told": "tell",
	"met": "meet", "held": "hold", "led": "lead", "went": "go", "gone": "go",
	"gave": "give", "given": "give", "made": "make", "came": "come", "saw": "see",
	"seen": "see", "won": "win", "lost": "lose", "fought": "fight", "brought": "bring",
	"thought": "think", "sought": "seek", "spoke": "speak", "spoken": "speak",
	"began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
	"knew": "know", "known": "know", "left": "leave", "felt": "feel", "kept": "keep",
	"sent": "send", "spent": "spend", "stood": "stand", "struck": "strike",
	"wrote": "write", "written": "write", "broke": "break", "broken": "break",
	"killed": "kill", "people": "person", "men": "man", "women": "woman",
	"children": "child", "countries": "country", "talks": "talk",
	"can't": "cannot",
}

// IsStop reports whether a lower-case word carries no topic.
func IsStop(w string) bool {
	return extraStopWords[w] || english.IsStopWord(w)
}

// HyphenCompounds returns the lower-case hyphenated compounds in text
// ("cease-fire"), whose joined forms ("ceasefire") are indexed too, so
// that both spellings meet.
func HyphenCompounds(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.Trim(f, ".,;:!?\"“”‘’()[]")
		parts := strings.Split(f, "-")
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			if p == "" || !isLowerWord(p) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, f)
		}
	}
	return out
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// SplitWords cuts text into words: letters and digits, with inner
// apostrophes, dots (U.S.) and commas between digits (300,000) kept.
// Hyphens split words, so "U.S.-Russian" gives "U.S." and "Russian".
func SplitWords(text string) []string {
	words, _ := splitWords(text)
	return words
}

// splitWords is SplitWords, also reporting for each word whether
// punctuation stands between it and the word before ("Berlin, Stockholm").
func splitWords(text string) (words []string, broken []bool) {
	runes := []rune(text)
	// at holds each rune's byte offset in text, and text's length last:
	// words are cut from text, not copied.
	at := make([]int, 0, len(runes)+1)
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	words = make([]string, 0, len(text)/6+1)
	broken = make([]bool, 0, cap(words))
	start, last := -1, -1 // last: where the word before ended
	flush := func(end int) {
		if start >= 0 {
			words = append(words, text[at[start]:at[end]])
			broken = append(broken, last >= 0 && slices.ContainsFunc(runes[last:start], func(r rune) bool { return !unicode.IsSpace(r) }))
			start, last = -1, end
		}
	}
	for i, r := range runes {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (r == '\'' || r == '’' || r == '.' || r == ',') && i+1 < len(runes):
			next := runes[i+1]
			prev := runes[i-1]
			switch {
			case r == ',' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				// 300,000
			case r == '.' && unicode.IsLetter(next) && isAcronymRun(runes, start, i):
				// U.S
			case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				// 2.5
			case (r == '\'' || r == '’') && unicode.IsLetter(next):
				// Russia's, don't
			default:
				flush(i)
			}
		case r == '.' && start >= 0 && isAcronymRun(runes, start, i):
			// Keep the final dot of "U.S." so it is told from "us".
			flush(i + 1)
		default:
			flush(i)
		}
	}
	flush(len(runes))
	return words, broken
}

// isAcronymRun reports whether runes[start:dot] is a dotted acronym so far:
// single letters separated by dots ("U", "U.S").
func isAcronymRun(runes []rune, start, dot int) bool {
	seg := runes[start:dot]
	if len(seg) == 0 {
		return false
	}
	for i, r := range seg {
		if i%2 == 0 {
			if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
				return false
			}
		} else if r != '.' {
			return false
		}
	}
	return len(seg)%2 == 1
}

// Word turns one written word into its index term: lower case,
// possessive dropped, digits' commas dropped, acronyms unified, stemmed.
// Stop words give "".
func Word(w string) string {
	lw, stem := normalize(w)
	if !stem {
		return lw
	}
	return english.Stem(lw, true)
}

// normalize is Word up to stemming: it returns the term of an acronym
// or a number, or "" for a stop word, with stem false; otherwise the
// lower-case base form to stem, with stem true.
func normalize(w string) (lw string, stem bool) {
	if t, ok := acronymTerms[strings.ToLower(w)]; ok {
		// "us" is a pronoun unless written in capitals.
		if strings.ToLower(w) != "us" || w == "US" {
			return t, false
		}
	}
	lw = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	lw = strings.TrimSuffix(lw, "'s")
	lw = strings.TrimSuffix(lw, "'")
	if i := strings.LastIndexByte(lw, '\''); i > 0 && contractedVerbs[lw[i+1:]] && IsStop(lw[:i]) {
		return "", false // "we're", "I've", "they'll": a stop word and a verb
	}
	if IsNumber(lw) {
		return strings.ReplaceAll(lw, ",", ""), false
	}
	lw = strings.ReplaceAll(lw, ".", "")
	if lw == "" || IsStop(lw) {
		return "", false
	}
	if base, ok := irregularForms[lw]; ok {
		lw = base
	}
	if len([]rune(lw)) == 1 {
		return "", false
	}
	return lw, true
}

// unstemmed is Word without its stemming: empty exactly where Word is.
func unstemmed(w string) string {
	lw, _ := normalize(w)
	return lw
}

// WithoutPossessive returns a word without its possessive ending, written
// with either apostrophe: "Kerry" of "Kerry's", "putin" of "putin’s".
func WithoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// IsNumber reports whether w is made of digits with inner commas or dots.
func IsNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return unicode.IsDigit(rune(w[0]))
}

// Tokenize splits text into tokens with their index terms, joining two-word
// names such as "United States" into one term.
func Tokenize(text string) []Token { return tokenize(text, Word) }

// Surfaces is Tokenize without stemming, for readers of a text's words as
// written: each token's Term is empty where Tokenize's is (stop words,
// single letters) and otherwise the word's normal form, unstemmed.
func Surfaces(text string) []Token { return tokenize(text, unstemmed) }

// Of returns the non-empty index terms of text, in order, followed by
// the joined forms of hyphenated compounds.
func Of(text string) []string { return of(text, Word) }

// Sequence is Of with each hyphenated compound's joined form placed just
// before its parts rather than at the end ("consolidate the cease-fire"
// gives consolid ceasefir ceas fire), so that word pairs read across a
// compound stay next to each other.
func (s *Stemmer) Sequence(text string) []string {
	out := nonEmptyTerms(tokenize(text, s.Word))
	if !strings.Contains(text, "-") {
		return out
	}
	for _, c := range HyphenCompounds(text) {
		joined, first := s.Word(strings.ReplaceAll(c, "-", "")), s.Word(c[:strings.IndexByte(c, '-')])
		if joined == "" {
			continue
		}
		at := len(out)
		for i, t := range out {
			if t == first && (i == 0 || out[i-1] != joined) {
				at = i
				break
			}
		}
		out = slices.Insert(out, at, joined)
	}
	return out
}

// Stemmer is Word, Tokenize and Of remembering each word's term, so that
// a build over many articles stems each distinct word once. It is not safe
// for concurrent use; make one per build.
type Stemmer struct {
	memo map[string]string
}

// NewStemmer returns a stemmer with an empty memory.
func NewStemmer() *Stemmer { return &Stemmer{memo: map[string]string{}} }

// Word is term.Word, remembered.
func (s *Stemmer) Word(w string) string {
	if t, ok := s.memo[w]; ok {
		return t
	}
	t := Word(w)
	s.memo[w] = t
	return t
}

// Tokenize is term.Tokenize with remembered stems.
func (s *Stemmer) Tokenize(text string) []Token { return tokenize(text, s.Word) }

// Of is term.Of with remembered stems.
func (s *Stemmer) Of(text string) []string { return of(text, s.Word) }

// Terms returns the terms Of gives for text whose tokens are toks.
func (s *Stemmer) Terms(text string, toks []Token) []string { return termsOf(text, toks, s.Word) }

func tokenize(text string, word func(string) string) []Token {
	words, broken := splitWords(text)
	return tokensOf(words, broken, word)
}

// tokensOf is tokenize of a text split into words by splitWords.
func tokensOf(words []string, broken []bool, word func(string) string) []Token {
	toks := make([]Token, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		first, _ := firstRune(w)
		if i+1 < len(words) && opensPhrase(w) {
			// "the United Kingdom's tax" names the UK as "the UK's tax" does.
			key := [2]string{strings.ToLower(w), strings.TrimRight(strings.ToLower(WithoutPossessive(words[i+1])), "'’")}
			if t, ok := phraseTerms[key]; ok {
				toks = append(toks, Token{Surface: w + " " + words[i+1], Term: t, Capitalized: unicode.IsUpper(first), AfterBreak: broken[i]})
				i++
				continue
			}
		}
		t := word(w)
		if t == "" && strings.EqualFold(w, "own") && (i == 0 || !possessor(words[i-1], broken[i])) {
			t = ownVerb // "did Trump own a team?", not "his own team"
		}
		toks = append(toks, Token{Surface: w, Term: t, Capitalized: unicode.IsUpper(first), AfterBreak: broken[i]})
	}
	return toks
}

// ownVerb is the term of "own", "owns" and "owned" as a verb. The stop
// list drops "own" for its use after a possessor ("their own"), which
// leaves the verb's base form ("what team did he own?") unmatched.
const ownVerb = "own"

// possessiveDeterminers are the words that may own an "own": "his own".
var possessiveDeterminers = map[string]bool{
	"my": true, "your": true, "his": true, "her": true, "its": true,
	"our": true, "their": true, "whose": true,
}

// possessor reports whether w may stand before an adjective "own": a
// possessive determiner or a possessive ("Russia's own"). A plural's
// apostrophe ("the states' own") is split off w, leaving broken, the mark
// between w and "own".
func possessor(w string, broken bool) bool {
	lw := strings.ToLower(w)
	return possessiveDeterminers[lw] || WithoutPossessive(lw) != lw || broken && strings.HasSuffix(lw, "s")
}

func of(text string, word func(string) string) []string {
	return termsOf(text, tokenize(text, word), word)
}

// nonEmptyTerms returns the tokens' index terms, stop words left out.
func nonEmptyTerms(toks []Token) []string {
	out := make([]string, 0, len(toks)+1)
	for _, t := range toks {
		if t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}

func termsOf(text string, toks []Token, word func(string) string) []string {
	out := nonEmptyTerms(toks)
	if strings.Contains(text, "-") {
		for _, c := range HyphenCompounds(text) {
			if t := word(strings.ReplaceAll(c, "-", "")); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// Fold folds typographic variants for exact matching: curly quotes and
// apostrophes become straight ones, dashes become hyphens, runs of space one
// space, and letters lower case.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '“', '”', '„', '«', '»', '″':
			r = '"'
		case '‘', '’', '‚', '′', '`':
			r = '\''
		case '–', '—', '‒', '―', '−':
			r = '-'
		case '…':
			b.WriteString("...")
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimSpace(b.String())
}
