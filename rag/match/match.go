// Package match matches a question to the corpus: the one place that
// decides how a question word may be met in an article (as written, as its
// spelling is corrected, or through a related word) and at what credit,
// how much each word weighs, and how much of a question a sentence
// covers. Retrieval, answer choice and follow-ups all read questions
// through it.
package match

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
	"github.com/parleybot/parley/rag/wordvec"
)

// Credits of a question word met in an article other than as written.
const (
	// CreditCorrected is a misspelt word met as the corpus spells it.
	CreditCorrected = 0.9
	// CreditRelated is a word met through a related word (backed,
	// sponsored) from the lexicon.
	CreditRelated = 0.5
	// CreditNear is a word met through a word whose pre-trained vector is
	// near its own (died, killed): less than a lexicon relation, since
	// vectors also bring words of the same topic.
	CreditNear = 0.4
	// MinCosine is how near two words' vectors must be for one to meet the
	// other. In GloVe 6B 100d, words at 0.6 or more are mostly synonyms or
	// close paraphrases (delayed/postponed 0.78, truce/ceasefire 0.92,
	// strengthen/consolidate 0.69, recording/tape 0.66); below it come
	// words that only share a topic (rebels/opposition 0.38, sponsor/back
	// 0.46). Names, numbers and dates are never met this way: January and
	// February (0.99) or Russia and Ukraine (0.86) are near, not the same.
	MinCosine = 0.6
	// CreditLoose is a word met through a word whose vector is less near
	// than MinCosine, but no further than MinLooseCosine: a looser
	// paraphrase, as chat writes them ("fell apart" for "collapsed",
	// 0.58; "optimistic" for "expected", 0.52), met at less credit than a
	// near word, and only for a word the articles never write.
	CreditLoose = 0.3
	// MinLooseCosine is how near a loose paraphrase's vector must be:
	// words that only share a topic are further (rebels/opposition 0.38,
	// sponsor/back 0.46).
	MinLooseCosine = 0.5
	// minSenseCosine is the least cosine of a word and a related one for
	// the relation to stand: half of the articles' word pairs are
	// nearer than it by chance (the median is 0.28 over the built-in
	// articles' terms, 0.12 over SQuAD's), so a relation below it joins a
	// sense of the word the articles do not use.
	minSenseCosine = 0.25
	// minSynonymCosine is the least cosine of a word and a related one
	// for the related one's opposites to be the word's too: "begin" for
	// "start" (0.75).
	minSynonymCosine = 0.7
	// maxNear bounds the near words taken for one question word.
	maxNear = 5
)

// Matcher matches questions to one index's corpus. It is read-only once
// made and safe for concurrent use.
type Matcher struct {
	ix  *index.Index
	lx  *lexicon.Lexicon
	vec *wordvec.Table
	// vocab are the corpus's terms that have a vector; mat holds their
	// vectors, row by row.
	vocab []string
	mat   []float32
	// acronyms maps initials to the corpus's names, and writtenAcronyms
	// the acronyms the corpus writes to whether it writes them outside
	// headlines, made on first use.
	acronyms        func() map[string]string
	writtenAcronyms func() map[string]bool
	// accents maps accentless forms to the corpus terms written with
	// accents, made on first use.
	accents func() map[string][]string
	// persons holds the terms of the last two words of the corpus's
	// people's names ("john kerri"), made on first use.
	persons func() map[string]bool
	// nearSeen remembers Near's answers: questions, their follow-ups and
	// the claims of their answers ask about the same words. The slices
	// are shared: callers do not change them.
	nearMu   sync.Mutex
	nearSeen map[string][]nearHit
	// stems remembers the terms of the words the questions' Readers
	// tokenize.
	stems *term.Stems
}

// NewMatcher prepares matching against ix; lx and vec may be nil (no
// related words, no near words).
func NewMatcher(ix *index.Index, lx *lexicon.Lexicon, vec *wordvec.Table) *Matcher {
	m := &Matcher{ix: ix, lx: lx, vec: vec, nearSeen: map[string][]nearHit{}, stems: term.NewStems()}
	m.acronyms = sync.OnceValue(func() map[string]string { return acronyms(ix) })
	m.writtenAcronyms = sync.OnceValue(func() map[string]bool { return writtenAcronyms(ix) })
	m.accents = sync.OnceValue(func() map[string][]string { return accentForms(ix) })
	m.persons = sync.OnceValue(func() map[string]bool { return personNames(ix) })
	if vec == nil {
		return m
	}
	for _, t := range ix.Terms() {
		if v, ok := vec.Vector(t); ok && !term.IsNumber(t) {
			m.vocab = append(m.vocab, t)
			m.mat = append(m.mat, v...)
		}
	}
	return m
}

// Index returns the index the matcher reads.
func (m *Matcher) Index() *index.Index { return m.ix }

// Reader returns a reader of texts with an empty memory that stems words
// through the matcher's memory of stems, shared with every question: make
// one per answer, as it keeps every text it reads.
func (m *Matcher) Reader() *term.Reader { return term.NewReader(m.stems) }

// Near returns up to maxNear terms of the corpus whose vectors are at
// least MinCosine from t's, nearest first; none for a term without one.
func (m *Matcher) Near(t string) []string {
	var out []string
	for _, h := range m.nearHits(t) {
		if h.cos >= MinCosine && !h.opposite {
			out = append(out, h.term)
		}
	}
	return out
}

// Kin reports whether some term of ts is near t in word vectors
// (MinCosine or more) and not its opposite, whether or not it is among
// t's nearest: "plea" (0.61) for "request", which has nearer words.
func (m *Matcher) Kin(t string, ts []string) bool {
	if m.vec == nil {
		return false
	}
	for _, u := range ts {
		if c, ok := m.vec.Cosine(t, u); ok && c >= MinCosine && u != t && !slices.Contains(m.opposites(t), u) && !m.opposesRelated(t, u) {
			return true
		}
	}
	return false
}

// nearHit is a corpus term near another, with its cosine; opposite
// when it says the contrary (opposites), though near.
type nearHit struct {
	term     string
	cos      float32
	opposite bool
}

// nearHits returns the corpus terms nearest t, remembered.
func (m *Matcher) nearHits(t string) []nearHit {
	m.nearMu.Lock()
	out, ok := m.nearSeen[t]
	m.nearMu.Unlock()
	if ok {
		return out
	}
	out = m.near(t)
	m.nearMu.Lock()
	if len(m.nearSeen) < maxNearSeen {
		m.nearSeen[t] = out
	}
	m.nearMu.Unlock()
	return out
}

// maxNearSeen bounds how many words' near words a matcher remembers.
const maxNearSeen = 1 << 14

// near scans the corpus's vectors for up to maxNear terms at least
// MinLooseCosine from t's, nearest first.
func (m *Matcher) near(t string) []nearHit {
	v, ok := m.vec.Vector(t)
	if !ok {
		return nil
	}
	dim := m.vec.Dim()
	var hits []nearHit
	for i, u := range m.vocab {
		if u == t {
			continue
		}
		if c := wordvec.Dot(v, m.mat[i*dim:(i+1)*dim]); c >= MinLooseCosine {
			hits = append(hits, nearHit{term: u, cos: c})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].cos != hits[j].cos {
			return hits[i].cos > hits[j].cos
		}
		return hits[i].term < hits[j].term
	})
	// Opposites are near in word vectors (rise and fall 0.85, win and
	// lose 0.74: they appear in the same contexts), but one never stands
	// for the other. They are marked after the nearest are taken, so
	// they make no room for words further off.
	opposites := m.opposites(t)
	out := hits[:min(len(hits), maxNear)]
	for i, h := range out {
		out[i].opposite = slices.Contains(opposites, h.term) || m.opposesRelated(t, h.term)
	}
	return slices.Clip(out)
}

// Opposites returns the terms that say the contrary of t: WordNet's
// antonyms, and the corpus's terms near t in vectors that are the
// opposites of t's related words ("increase" for "cut", which is
// "reduce").
func (m *Matcher) Opposites(t string) []string {
	out := m.lx.Antonyms(t)
	for _, h := range m.nearHits(t) {
		if h.opposite && !slices.Contains(out, h.term) {
			out = append(slices.Clip(out), h.term)
		}
	}
	return out
}

// opposites returns the antonyms WordNet gives t, and those it gives the
// related words whose vectors are nearly t's own: "start" has only
// "stop", but "begin", as near, has "end".
func (m *Matcher) opposites(t string) []string {
	out := m.lx.Antonyms(t)
	for _, r := range m.lx.Related(t) {
		if c, ok := m.vec.Cosine(t, r); ok && c >= minSynonymCosine {
			for _, a := range m.lx.Antonyms(r) {
				if a != t && !slices.Contains(out, a) {
					out = append(slices.Clip(out), a)
				}
			}
		}
	}
	return out
}

// opposesRelated reports a word u whose WordNet opposite is a word
// related to t in the sense t has in news: "increase" is the opposite of
// "reduce" and "decrease", which are "cut" (0.69, 0.41), so it is no near
// word of "cut" (0.64), though it is near.
func (m *Matcher) opposesRelated(t, u string) bool {
	related := m.lx.Related(t)
	return slices.ContainsFunc(m.lx.Antonyms(u), func(a string) bool {
		_, ok := slices.BinarySearch(related, a)
		return ok && !m.otherSense(t, a)
	})
}

// otherSense reports a related term whose vector is no nearer the word's
// than unrelated words' are (minSenseCosine): WordNet relates words by
// all their senses, "host" to "army" (0.20) and "talks" to "level"
// (0.27), and the articles, like GloVe's newswire, use the common one.
// Without both vectors the relation stands.
func (m *Matcher) otherSense(t, r string) bool {
	if m.vec == nil {
		return false
	}
	c, ok := m.vec.Cosine(t, r)
	return ok && c < minSenseCosine
}

// Alt is one way a question word may be met in the articles.
type Alt struct {
	// Term is the index term that meets the word.
	Term string
	// Credit is how much meeting it counts, from 0 to 1.
	Credit float64
}

// Word is a question word as matched against the corpus.
type Word struct {
	question.Word
	// Weight is the word's share of the question: its inverse sentence
	// frequency in the corpus.
	Weight float64
	// Alts are the terms that meet it, best credit first; Alts[0] is the
	// word itself when the corpus uses it.
	Alts []Alt
	// Known is true when the corpus uses the word, as written or corrected.
	Known bool
	// NameLike is true for a name: capitalised in the question, or mostly
	// capitalised in the articles.
	NameLike bool
	// NameAlts are the Alts that can stand for the name: itself, its
	// correction, and related names (Washington, U.S.), not common words
	// that happen to be related (turkey, flop).
	NameAlts []Alt
	// Opposites are the terms WordNet gives as the word's opposites that
	// the question does not hold itself: a sentence that says one of them
	// and not the word says the contrary ("lost" for "won").
	Opposites []string
	// surname, when above 0, is 1 + the index of the surname this word's
	// first name goes with ("John" of "John Kerry"): a sentence that
	// names the surname names the person, first name and all.
	surname int
	// Or, when above 0, is 1 + the index of the first of the alternatives
	// this word is one of ("Astana or Geneva"): a sentence meets them by
	// meeting any one, and they weigh as the heaviest of them.
	Or int
}

// Query is a question prepared for the corpus: words matched, typos
// corrected, related words added.
type Query struct {
	// Question is the question as parsed.
	Question question.Question
	// Words are its content words, matched.
	Words []Word
	// Total is the sum of the words' weights.
	Total float64
	// Text is the question with corrections, for the embedder.
	Text string
	// Context are terms of earlier turns, searched at a lower weight.
	Context []string
	// Given is the text of an earlier answer whose sentences do not answer
	// the question again ("where else?"), or "".
	Given string
	// byTerm lists, for each term that meets a word, the words it meets
	// at their best credit: coverage reads a sentence's terms once,
	// instead of looking for every alternative of every word in them.
	// Made by Prepare; coverage makes it for a Query made otherwise.
	byTerm map[string][]wordCredit
	// vec is the word-vector table the words were matched with, or nil.
	vec *wordvec.Table
	// mean is the question's mean word vector, or nil.
	mean []float32
	// phrases are the verbs of several words, keyed as the lexicon keys
	// them, that meet a word of the question (PhraseTerms).
	phrases []string
	// namePhrases are the phrases of phrases that write out an acronym
	// of the question's.
	namePhrases []string
	// read tokenizes the texts the question is checked against, once
	// each (Prepare makes it; a Query made otherwise tokenizes afresh).
	read *term.Reader
}

// Tokenize is term.Tokenize, remembered for the question's lifetime. The
// tokens are shared and must not be modified.
func (qr Query) Tokenize(text string) []term.Token {
	if qr.read == nil {
		return term.Tokenize(text)
	}
	return qr.read.Tokenize(text)
}

// Asks reports whether re matches the question's text, remembered.
func (qr Query) Asks(re *regexp.Regexp) bool { return qr.AskedMatch(re) != nil }

// AskedMatch is re.FindStringSubmatch of the question's text, remembered
// for the question's lifetime (Tokenize's memory). It must not be
// modified.
func (qr Query) AskedMatch(re *regexp.Regexp) []string {
	if qr.read == nil {
		return re.FindStringSubmatch(qr.Question.Text)
	}
	return qr.read.FindSubmatch(re, qr.Question.Text)
}

// Word is term.Word, remembered across questions.
func (qr Query) Word(w string) string {
	if qr.read == nil {
		return term.Word(w)
	}
	return qr.read.Word(w)
}

// Surfaces is term.Surfaces, remembered as Tokenize is.
func (qr Query) Surfaces(text string) []term.Token {
	if qr.read == nil {
		return term.Surfaces(text)
	}
	return qr.read.Surfaces(text)
}

// TermsOf is term.Of, remembered as Tokenize is.
func (qr Query) TermsOf(text string) []string {
	if qr.read == nil {
		return term.Of(text)
	}
	return qr.read.Of(text)
}

// PhraseTerms returns the keys of the verbs of several words that meet
// the question's words and that a text writes, word for word ("took
// place" is "take place"), to add to its terms ts for coverage. A text
// whose terms lack a phrase's words is not read.
func (qr Query) PhraseTerms(text string, ts []string) []string {
	return phraseTerms(qr.phrases, text, ts, qr.Tokenize)
}

// NamePhraseTerms is PhraseTerms for the names written out for the
// question's acronyms alone ("republican nation committe" for "RNC").
func (qr Query) NamePhraseTerms(text string, ts []string) []string {
	return phraseTerms(qr.namePhrases, text, ts, qr.Tokenize)
}

// phraseTerms returns the phrases that text, of terms ts, writes word for
// word (see PhraseTerms).
func phraseTerms(phrases []string, text string, ts []string, tokenize func(string) []term.Token) []string {
	var keys, out []string
	lower := ""
	for _, p := range phrases {
		want := strings.Fields(p)
		if slices.ContainsFunc(want, func(k string) bool { return !term.IsStop(k) && !slices.Contains(ts, k) }) {
			continue
		}
		if lower == "" {
			lower = strings.ToLower(text)
		}
		if slices.ContainsFunc(want, func(k string) bool { return term.IsStop(k) && textutil.IndexWord(lower, k, isLetterByte) < 0 }) {
			continue // "come about" without an "about"
		}
		if keys == nil {
			toks := tokenize(text)
			keys = make([]string, len(toks))
			for i, t := range toks {
				keys[i] = t.Term // lexicon.PhraseWord, the term stemmed once
				if keys[i] == "" {
					keys[i] = strings.ToLower(t.Surface)
				}
			}
		}
		for i := 0; i+len(want) <= len(keys); i++ {
			if slices.Equal(keys[i:i+len(want)], want) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// isLetterByte reports a byte of a letter, for textutil.IndexWord.
func isLetterByte(b byte) bool { return unicode.IsLetter(rune(b)) }

// Likeness is the cosine of the question's mean word vector and that of
// a text's terms: how alike in meaning they are, whatever their words;
// 0 when either has no vector.
func (qr Query) Likeness(ts []string) float64 {
	if qr.mean == nil {
		return 0
	}
	v, ok := qr.vec.Mean(ts)
	if !ok {
		return 0
	}
	return float64(wordvec.Dot(qr.mean, v))
}

// Kin is the cosine of two index terms' vectors, or 0 when either has
// none.
func (qr Query) Kin(a, b string) float64 {
	if qr.vec == nil {
		return 0
	}
	c, _ := qr.vec.Cosine(a, b)
	return float64(c)
}

// wordCredit is a question word, by its index in Words, and the credit
// a term meets it with.
type wordCredit struct {
	word   int
	credit float64
}

// indexTerms makes byTerm from the words' alternatives.
func (qr *Query) indexTerms() {
	qr.byTerm = map[string][]wordCredit{}
	for i, w := range qr.Words {
		for _, a := range w.Alts {
			list := qr.byTerm[a.Term]
			j := slices.IndexFunc(list, func(wc wordCredit) bool { return wc.word == i })
			if j < 0 {
				qr.byTerm[a.Term] = append(list, wordCredit{i, a.Credit})
			} else {
				list[j].credit = max(list[j].credit, a.Credit)
			}
		}
	}
}

// leadingNameWeight scales the weight of a name's leading words.
const leadingNameWeight = 0.25

// contextWeight is how much an earlier turn's word counts in retrieval.
const contextWeight = 0.3

// Typo reads a typed word (surface, with index term t) as a typo when
// neither the corpus nor the lexicon knows it and a corpus word is near:
// it returns that word and its index term. Numbers are never typos, nor
// stop words, which have no term ("were" is no typo of "we're"), nor an
// irregular form the lexicon knows, typed in lower case ("bought" is no
// "ought"; "Lain" may be "Iain"), nor a negated verb ("didn't" is no
// "don't": each says its own negation).
func Typo(ix *index.Index, lx *lexicon.Lexicon, surface, t string) (fixed, fixedTerm string, ok bool) {
	if strings.HasSuffix(strings.ToLower(surface), "n't") || strings.HasSuffix(strings.ToLower(surface), "n’t") {
		return "", "", false
	}
	// A name WordNet knows that the articles never write may be a typo
	// of one they do, one letter off: "turky" is no "Turki" here.
	otherName := lx.Related(t) != nil && lx.IsProperName(t)
	if t == "" || ix.SentenceDF(t) > 0 || term.IsNumber(t) || lx.Related(t) != nil && !otherName || lx.Forms(t) != nil && !startsUpper(surface) {
		return "", "", false
	}
	// "hps share price": a name's possessive typed without its
	// apostrophe, too short for the speller.
	if stem, ok := strings.CutSuffix(surface, "s"); ok && !startsUpper(surface) && len(stem) >= 2 {
		if st := term.Word(stem); st != "" && ix.SentenceDF(st) > 0 && ix.IsName(st) {
			return stem + "'s", st, true
		}
	}
	// The word as typed first; then, for a word typed in lower case, its
	// stem, for a typo in an ending the articles write otherwise
	// ("sponsered": the articles have "Sponsors", three edits from it,
	// two from "sponser"). A capitalised word is a name, spelt as a whole.
	// A possessive is corrected without its ending, and keeps it
	// ("kery's" is "Kerry's").
	bare := term.WithoutPossessive(surface)
	ending := surface[len(bare):]
	tries := []string{bare}
	if !startsUpper(surface) && t != strings.ToLower(bare) {
		tries = append(tries, t)
	}
	for _, w := range tries {
		fixed, ok = ix.Speller().Correct(w)
		if !ok {
			continue
		}
		if ft := term.Word(fixed); ft != "" && ix.SentenceDF(ft) > 0 && (!otherName || ix.IsName(ft) && textutil.EditDistance(strings.ToLower(w), fixed) == 1) {
			return fixed + ending, ft, true
		}
	}
	return "", "", false
}

// startsUpper reports a word typed with a capital.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Prepare matches a question's words to the corpus.
func (m *Matcher) Prepare(q question.Question) Query {
	ix, lx := m.ix, m.lx
	if mod := q.Modifier; mod.Term != "" && ix.IsName(mod.Term) && !slices.ContainsFunc(q.Words, func(w question.Word) bool { return w.Term == mod.Term }) {
		// "which montana senator": Montana is what the senator is of.
		mod.Name = true
		q.Words = append([]question.Word{mod}, q.Words...)
	}
	out := Query{Question: q, Text: q.Text, vec: m.vec, read: term.NewReader(m.stems)}
	var fixes []string
	toks := out.read.Tokenize(q.Text)
	senses := m.phraseSenses(toks)
	compounds, compoundParts := m.compoundSenses(q)
	particleNouns := ParticleNouns(toks, lx, func(c string) bool { return ix.SentenceDF(c) > 0 })
	sequenceKin := sequenceKinTerms(ix, toks)
	lowerCase := !hasCapitals(q.Text)
	future := m.futureGoings(q, toks)
	for i, w := range q.Words {
		if compoundParts[i] {
			continue // "go" of "go-betweens", met as the whole by "betweens"
		}
		if future[i] {
			continue // "going to do" is "will do"
		}
		qw := Word{Word: w}
		t := w.Term
		if g := droppedG(lx, w.Surface); g != "" && ix.SentenceDF(t) == 0 {
			t = g // "runnin" is chat's "running"
		}
		if ix.SentenceDF(t) > 0 {
			qw.Alts = append(qw.Alts, Alt{t, 1})
			qw.Known = true
		} else if fixed, ft, ok := Typo(ix, lx, w.Surface, t); ok {
			qw.Alts = append(qw.Alts, Alt{ft, CreditCorrected})
			qw.Known = true
			t = ft
			fixes = append(fixes, w.Surface, fixed)
		} else if head := compoundHead(ix, lx, w.Surface, t); head != "" {
			// A compound the articles write as two words is met by its
			// head, as a spelling of it: "airstrikes" by the "strikes"
			// of "air strikes".
			qw.Alts = append(qw.Alts, Alt{head, CreditCorrected})
			qw.Known = true
			t = head
		} else if v := m.regionalSpelling(w.Surface, t); v != "" {
			// "organised" is the "organized" the articles write.
			qw.Alts = append(qw.Alts, Alt{v, CreditCorrected})
			qw.Known = true
			t = v
		} else if !w.Name {
			if s := m.lexiconSlip(t); s != "" {
				// "happend" is "happen", which the articles never write:
				// it is met through the words related to it.
				t = s
			}
		}
		if !w.Name && !qw.Known && lx != nil && lx.Related(t) == nil && lx.Antonyms(t) == nil && plainWord(w.Surface) && m.nearNames(t) {
			// Neither the articles nor WordNet know the word, it is no typo
			// of a corpus word, and the words near it are mostly the
			// articles' names: a name typed in lower case ("what did putin
			// say"), asked about as one.
			qw.Name = true
		}
		qw.NameLike = nameLike(ix, qw.Word, t)
		// Another spelling of the same word meets it as a corrected one
		// does: "Temur" is the "Temür" the articles also write, and
		// "geneva 2" is written "Geneva II".
		spellings := m.AccentVariants(t)
		if r := romanNumeral(w.Surface); r != "" && m.stems.Word(r) != "" && ix.SentenceDF(m.stems.Word(r)) > 0 {
			spellings = append(spellings, m.stems.Word(r))
		}
		for _, f := range question.OrdinalForms(question.Ordinal(w.Surface)) {
			// "3rd" is the "third" the articles write, and the other way.
			if ft := m.stems.Word(f); ft != "" && ft != t && ix.SentenceDF(ft) > 0 {
				spellings = append(spellings, ft)
			}
		}
		for _, f := range titleSpellings(w.Surface) {
			// "senator" is the "Sen." before a name, and the other way.
			if ft := m.stems.Word(f); ft != "" && ft != t && ix.SentenceDF(ft) > 0 {
				spellings = append(spellings, ft)
			}
		}
		for _, f := range lx.Forms(t) {
			// "eat" is the "ate" the articles write, and the other way.
			if ix.SentenceDF(f) > 0 && f != t && !hasAlt(qw.Alts, f) {
				spellings = append(spellings, f)
			}
		}
		for _, v := range spellings {
			if !hasAlt(qw.Alts, v) {
				qw.Alts = append(qw.Alts, Alt{v, CreditCorrected})
				qw.Known = true
			}
		}
		for _, r := range lx.Related(t) {
			if ix.SentenceDF(r) == 0 || r == t || m.otherSense(t, r) {
				continue
			}
			credit := CreditRelated
			if qw.NameLike && ix.IsName(r) {
				// Another name of the same place: Washington for the U.S.,
				// Moscow for Russia, American for the U.S.
				credit = CreditCorrected
			}
			qw.Alts = append(qw.Alts, Alt{r, credit})
		}
		if qw.NameLike {
			// "British" is the "Britain" the articles write: a place
			// and its people's adjective, near in vectors. The place
			// need only be capitalised: in "Britain's Parliament" it
			// stands before another name's word. It meets the
			// adjective as a name, even where WordNet relates the two
			// as words (Norwegian, Norway).
			for _, h := range m.nearHits(t) {
				if float64(h.cos) >= MinCosine && !h.opposite && ix.IsCapitalised(h.term) && DemonymOf(t, h.term) {
					qw.Alts = slices.DeleteFunc(qw.Alts, func(a Alt) bool { return a.Term == h.term })
					qw.Alts = append(qw.Alts, Alt{h.term, CreditCorrected})
					qw.Known = true
				}
			}
		}
		if p := m.acronymName(w.Surface); p != "" && !hasAlt(qw.Alts, p) {
			// "the RNC" of articles that write it, and write "the
			// Republican National Committee" too, is met by either.
			qw.Alts = append(qw.Alts, Alt{p, CreditCorrected})
			qw.Known = true
			if !slices.Contains(out.phrases, p) {
				out.phrases = append(out.phrases, p)
				out.namePhrases = append(out.namePhrases, p)
			}
		}
		if (q.Kind == question.Where || q.Kind == question.When) && isOccurrence(t) {
			// "where will the talks happen?": where they are held.
			for _, o := range occurrenceTerms {
				if o != t && ix.SentenceDF(o) > 0 && !hasAlt(qw.Alts, o) {
					qw.Alts = append(qw.Alts, Alt{o, CreditRelated})
				}
			}
		}
		if (q.Kind == question.HowMany || q.YesNo) && deathTerms[t] {
			// "how many people died?" counts the people "killed", and
			// "has anyone died?" asks whether anyone was.
			for _, d := range slices.Sorted(maps.Keys(deathTerms)) { // in one order: the sort of equal credits keeps it
				if d != t && ix.SentenceDF(d) > 0 {
					qw.Alts = slices.DeleteFunc(qw.Alts, func(a Alt) bool { return a.Term == d })
					qw.Alts = append(qw.Alts, Alt{d, CreditCorrected})
					qw.Known = true
				}
			}
		}
		for _, r := range senses[w.Term] {
			// The words of a verb of several words are met through
			// the verb's senses too: "call off" as "cancel", "put off"
			// as "postpone".
			// A name's words are met by its abbreviation as they are:
			// "initial public offering" by "IPO".
			if ix.SentenceDF(r) > 0 && !hasAlt(qw.Alts, r) {
				credit := CreditRelated
				if m.chatAcronym(r) {
					credit = CreditCorrected
				}
				qw.Alts = append(qw.Alts, Alt{r, credit})
			}
		}
		if abbr := IsAcronym(w.Surface) || m.chatAcronym(w.Surface); !qw.NameLike || abbr {
			// A verb of several words the articles write meets a word it
			// is a sense of: "happen" by "took place" (see PhraseTerms);
			// and a name an abbreviation stands for, the abbreviation:
			// "ipo" by "initial public offering".
			credit := CreditRelated
			if abbr {
				credit = CreditCorrected // the name itself
			}
			for _, p := range lx.PhrasesOf(t) {
				if !hasAlt(qw.Alts, p) && m.writes(p) {
					qw.Alts = append(qw.Alts, Alt{p, credit})
					if !slices.Contains(out.phrases, p) {
						out.phrases = append(out.phrases, p)
					}
				}
			}
		}
		for _, k := range sequenceKin[w.Term] {
			// "the next talks" are the "further talks" the articles
			// write: words that place an event alike in a sequence.
			if k != t && !hasAlt(qw.Alts, k) {
				qw.Alts = append(qw.Alts, Alt{k, CreditCorrected})
				qw.Known = true
			}
		}
		if c := particleNouns[w.Term]; c != "" && !hasAlt(qw.Alts, c) {
			// "melting down" is the "meltdown" the articles write.
			qw.Alts = append(qw.Alts, Alt{c, CreditRelated})
			qw.Known = true
		}
		for _, a := range compounds[w.Term] {
			// The last part of a hyphenated compound is met as the whole:
			// "go-betweens" by "intermediaries".
			if !hasAlt(qw.Alts, a.Term) {
				qw.Alts = append(qw.Alts, a)
			}
		}
		if !qw.NameLike && !term.IsNumber(t) && !question.IsNumberWord(w.Surface) {
			for _, h := range m.nearHits(t) {
				if h.opposite {
					continue
				}
				credit := CreditNear
				if h.cos < MinCosine {
					// A loose paraphrase, only for a word the articles never
					// write: one they write is met as written, and a loose
					// word would pull other sentences level with those that
					// write it ("Organizers" with "Sponsors" for "who
					// sponsored the talks?").
					if qw.Known {
						continue
					}
					credit = CreditLoose
				}
				if r := h.term; ix.SentenceDF(r) > 0 && !hasAlt(qw.Alts, r) && !ix.IsName(r) {
					qw.Alts = append(qw.Alts, Alt{r, credit})
				}
			}
		}
		if onlyLoose(qw.Alts) && !qw.Name && plainWord(w.Surface) && strings.ToLower(w.Surface) == w.Surface {
			// Nothing knows the word: chat may have clipped a long one
			// ("prep talks" for "preparatory talks"). It is met as the
			// corpus's most frequent word it begins, as a corrected
			// spelling is.
			if full, ok := ix.Speller().Complete(w.Surface); ok {
				if ft := m.stems.Word(full); ft != "" && ix.SentenceDF(ft) > 0 {
					qw.Alts = append(qw.Alts, Alt{ft, CreditCorrected})
					qw.Known = true
				}
			}
		}
		if !qw.Name && lowerCase && lx != nil && plainWord(term.WithoutPossessive(w.Surface)) &&
			(onlyLoose(qw.Alts) && lx.Related(t) == nil && lx.Antonyms(t) == nil || onlyNear(qw.Alts) && soleSayer(q, w) ||
				lx.IsProperName(t) && onlyCommonWords(ix, qw.Alts)) {
			// Typed all in lower case, a question cannot show its names by
			// capitals. A word that neither the articles, in any spelling,
			// nor WordNet know and that no corpus word meets, or that
			// WordNet knows only as a name and no corpus word meets but as
			// a common word related to it, is a name the articles never
			// use ("who is the leader of isis", "how many went to
			// germany", "the leader of hezbollah", near "militia", "the
			// french foreign minister", related to "country"), asked
			// about as one; so is one
			// the question asks what it said that no corpus word meets but
			// by a near vector ("what did china say", near "country"); a
			// name is never met by a near word.
			qw.Name, qw.Alts = true, nil
		}
		sort.SliceStable(qw.Alts, func(i, j int) bool { return qw.Alts[i].Credit > qw.Alts[j].Credit })
		for _, a := range qw.Alts {
			if a.Credit >= CreditCorrected || ix.IsName(a.Term) {
				qw.NameAlts = append(qw.NameAlts, a)
			}
		}
		opp := opposites(lx, w.Surface, t)
		if t != w.Term {
			// A word the articles never write, read as one they do
			// ("smallest" as "smaller"), keeps its own opposites too:
			// "largest".
			opp = append(slices.Clone(opp), opposites(lx, w.Surface, w.Term)...)
		}
		for _, a := range opp {
			if !slices.ContainsFunc(q.Words, func(o question.Word) bool { return o.Term == a }) {
				qw.Opposites = append(qw.Opposites, a)
			}
		}
		qw.Weight = idfWeight(ix, t)
		if !qw.Known && len(qw.Alts) > 0 {
			// Met only through related words: weigh it as the best of them.
			qw.Weight = 0
			for _, a := range qw.Alts {
				qw.Weight = max(qw.Weight, idfWeight(ix, a.Term))
			}
		}
		out.Words = append(out.Words, qw)
	}
	// A name's leading words (John of John Kerry, Staffan de of Staffan de
	// Mistura) weigh little: articles name people by surname after the
	// first mention, and a sentence saying "Kerry" is about John Kerry.
	ws := out.Words
	isName := func(i int) bool { return i >= 0 && i < len(ws) && ws[i].NameLike }
	isParticle := func(i int) bool { return i >= 0 && i < len(ws) && quote.IsNameParticle(ws[i].Surface) }
	// Words of one name stand side by side: "Russia and Turkey" are two.
	together := func(i, j int) bool {
		return i >= 0 && j < len(ws) && strings.Contains(q.Text, ws[i].Surface+" "+ws[j].Surface)
	}
	for i := range ws {
		leading := isName(i) && (isName(i+1) && together(i, i+1) || isParticle(i+1) && isName(i+2) && together(i, i+1) && together(i+1, i+2))
		between := isParticle(i) && isName(i-1) && isName(i+1) && together(i-1, i) && together(i, i+1)
		if leading || between {
			ws[i].Weight *= leadingNameWeight
		}
		// A first name: "John" before "Kerry" (or a typo of it), when the
		// question names no one else by that surname ("Kublai Khan's
		// relation to Ogedei Khan").
		if i+1 < len(ws) && isName(i+1) && len(ws[i+1].Alts) > 0 && strings.Contains(q.Text, ws[i].Surface+" "+ws[i+1].Surface) &&
			termCount(q.Text, ws[i+1].Term) == 1 && m.persons()[ws[i].Term+" "+ws[i+1].Alts[0].Term] {
			ws[i].surname = i + 2
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		// Two words the articles write as one: "Apple Talk" is their
		// "AppleTalk", "cease fire" their "ceasefire". Each meets it.
		joined := m.stems.Word(ws[i].Surface + ws[i+1].Surface)
		if len(joined) < len(ws[i].Surface)+minCompoundPart || !together(i, i+1) || ix.SentenceDF(joined) == 0 {
			// The stem keeps more than the first word: "British able"
			// stems to "british".
			continue
		}
		for _, k := range []int{i, i + 1} {
			if !hasAlt(ws[k].Alts, joined) {
				ws[k].Alts = append(ws[k].Alts, Alt{joined, CreditCorrected})
				ws[k].NameAlts = append(ws[k].NameAlts, Alt{joined, CreditCorrected})
				ws[k].Known = true
			}
		}
	}
	markAlternatives(q.Text, toks, ws)
	out.Words = ws
	for i, w := range ws {
		if out.Counted(i) {
			out.Total += w.Weight
		}
	}
	if len(fixes) > 0 {
		out.Text = strings.NewReplacer(fixes...).Replace(out.Text)
	}
	out.indexTerms()
	if m.vec != nil {
		// The words as the articles spell them, a typo corrected; a word
		// they never use as written.
		var ts []string
		for _, w := range out.Words {
			if w.Known {
				ts = append(ts, w.Alts[0].Term)
			} else {
				ts = append(ts, w.Term)
			}
		}
		out.mean, _ = m.vec.Mean(ts)
	}
	return out
}

// termCount counts the words of text whose term is t.
func termCount(text, t string) int {
	n := 0
	for _, tok := range term.Tokenize(text) {
		if tok.Term == t {
			n++
		}
	}
	return n
}

// sequenceKinTerms returns, by the term of each of a text's tokens that
// places an event after or before another, the terms of the words that
// place it alike (question.SequenceKin) that the articles write.
func sequenceKinTerms(ix *index.Index, toks []term.Token) map[string][]string {
	var out map[string][]string
	for i, tok := range toks {
		for _, k := range question.SequenceKin(toks, i) {
			if kt := term.Word(k); kt != "" && tok.Term != "" && ix.SentenceDF(kt) > 0 {
				if out == nil {
					out = map[string][]string{}
				}
				out[tok.Term] = append(out[tok.Term], kt)
			}
		}
	}
	return out
}

// personNames returns the terms of the last two words of the corpus's
// people's names ("john kerri"), joined by a space, for the surnames that
// only one of them has.
func personNames(ix *index.Index) map[string]bool {
	pairs := map[string]string{} // pair → surname
	people := map[string]int{}   // surname → people with it
	for _, sp := range ix.Speakers() {
		if sp.Type != quote.TypePerson {
			continue
		}
		if ts := term.Of(sp.Name); len(ts) >= 2 {
			pair := ts[len(ts)-2] + " " + ts[len(ts)-1]
			if _, ok := pairs[pair]; !ok {
				pairs[pair] = ts[len(ts)-1]
				people[ts[len(ts)-1]]++
			}
		}
	}
	out := map[string]bool{}
	for pair, surname := range pairs {
		if people[surname] == 1 { // "Khan" names several: no one by itself
			out[pair] = true
		}
	}
	return out
}

// writes reports whether the articles may write a phrase: each of its
// words that is no stop word is a term of theirs.
func (m *Matcher) writes(phrase string) bool {
	for _, k := range strings.Fields(phrase) {
		if !term.IsStop(k) && m.ix.SentenceDF(k) == 0 {
			return false
		}
	}
	return true
}

// nearNames reports whether the corpus words near t by word vectors are
// at least one, and mostly names (putin: Lavrov, Moscow, Kremlin).
func (m *Matcher) nearNames(t string) bool {
	near := m.Near(t)
	names := 0
	for _, r := range near {
		if m.ix.IsName(r) {
			names++
		}
	}
	return names > 0 && names*2 >= len(near)
}

// droppedG returns the index term of the -ing form that a chat spelling
// without its g stands for ("runnin", "sayin"), when WordNet knows that
// form; "" otherwise.
func droppedG(lx *lexicon.Lexicon, surface string) string {
	if lx == nil || len(surface) < 5 || !strings.HasSuffix(surface, "in") || !plainWord(surface) {
		return ""
	}
	g := term.Word(surface + "g")
	if g == "" || lx.Related(g) == nil {
		return ""
	}
	return g
}

// titleSpellings returns the other spellings of a title: its
// abbreviations before a name for a role word written in full ("sen"
// for "senator" or "senators"), the word in full for an abbreviation.
// "general" and "major" are more often adjectives ("general election",
// "a major issue") than titles, so they are not read as "Gen." or "Maj.".
func titleSpellings(surface string) []string {
	w := strings.ToLower(strings.TrimSuffix(surface, "."))
	if full := quote.TitleInFull(w); full != "" {
		return []string{full}
	}
	if w == "general" || w == "major" {
		return nil
	}
	if abbrs := quote.TitleAbbreviations(w); len(abbrs) > 0 {
		return abbrs
	}
	return quote.TitleAbbreviations(strings.TrimSuffix(w, "s"))
}

// hasCapitals reports whether any letter of s but its first is a capital
// (the question's reading capitalises its first letter).
func hasCapitals(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	return strings.IndexFunc(s[n:], unicode.IsUpper) >= 0
}

// plainWord reports a word of letters only: no digits ("1700s"), no
// apostrophe ("aren't"), no hyphen.
func plainWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// romanNumeral returns the Roman numeral of a number from 2 to 20 written
// in digits ("2" is "II"), as names number their kind (Geneva II, World War
// II, Louis XIV); "" for anything else. One is left out: "I" is a pronoun.
func romanNumeral(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil || n < 2 || n > 20 {
		return ""
	}
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return strings.Repeat("X", n/10) + ones[n%10]
}

// hasAlt reports whether alts hold the term.
func hasAlt(alts []Alt, t string) bool {
	for _, a := range alts {
		if a.Term == t {
			return true
		}
	}
	return false
}

// TermWeight is the weight a question word of index term t has in
// sentence scoring (see idfWeight).
func TermWeight(ix *index.Index, t string) float64 { return idfWeight(ix, t) }

// idfWeight is the weight of a term in sentence scoring. A term the corpus
// never uses weighs as much as the rarest term it does use.
func idfWeight(ix *index.Index, t string) float64 {
	df := float64(max(ix.SentenceDF(t), 1))
	return math.Log(1 + float64(ix.SentenceCount())/df)
}

// nameLike reports whether a question word stands for a name: the
// articles write it as one, or, when they never use it, the question
// capitalises it.
func nameLike(ix *index.Index, w question.Word, t string) bool {
	if ix.Capitals(t)[0] > 0 {
		return ix.IsName(t)
	}
	return w.Name
}

// RetrievalTerms are the terms retrieval searches for, each once, with
// the best weight it has for any question word.
func (qr Query) RetrievalTerms() ([]string, []float64) {
	var ts []string
	var ws []float64
	at := map[string]int{}
	add := func(t string, w float64) {
		if i, ok := at[t]; ok {
			ws[i] = max(ws[i], w)
			return
		}
		at[t] = len(ts)
		ts = append(ts, t)
		ws = append(ws, w)
	}
	for _, w := range qr.Words {
		for _, a := range w.Alts {
			add(a.Term, a.Credit)
		}
		if len(w.Alts) == 0 {
			add(w.Term, 1)
		}
	}
	for _, t := range qr.Context {
		add(t, contextWeight)
	}
	return ts, ws
}

// RetrievalGroups returns the terms retrieval searches, grouped by the
// question word they stand for (its Alts, or the word itself), with
// their credits as weights; each word of the previous question
// (Context) is a group of its own at a lower weight.
func (qr Query) RetrievalGroups() []index.TermGroup {
	var out []index.TermGroup
	for _, w := range qr.Words {
		var g index.TermGroup
		for _, a := range w.Alts {
			g.Terms, g.Weights = append(g.Terms, a.Term), append(g.Weights, a.Credit)
		}
		if len(w.Alts) == 0 {
			g.Terms, g.Weights = []string{w.Term}, []float64{1}
		}
		out = append(out, g)
	}
	for _, t := range qr.Context {
		out = append(out, index.TermGroup{Terms: []string{t}, Weights: []float64{contextWeight}})
	}
	return out
}

// SurnameAt returns the place among the question's words of the surname
// this word is the first name of ("John" of "John Kerry"), or -1: a
// sentence that names the surname names the person.
func (w Word) SurnameAt() int { return w.surname - 1 }

// Credit returns how well a term list meets a question word: the best
// credit of its Alts found there.
func (w Word) Credit(ts []string) float64 {
	return credit(w.Alts, ts)
}

// NameCredit is Credit counting only the alts that can stand for a name.
func (w Word) NameCredit(ts []string) float64 {
	return credit(w.NameAlts, ts)
}

func credit(alts []Alt, ts []string) float64 {
	best := 0.0
	for _, a := range alts {
		if a.Credit > best && slices.Contains(ts, a.Term) {
			best = a.Credit
			if best == 1 {
				break
			}
		}
	}
	return best
}

// Coverage is the weighted share of the question met by any of the term
// lists, each word counted once at its best credit.
func (qr Query) Coverage(sets ...[]string) float64 {
	return qr.cover(0, sets)
}

// FirmCoverage is Coverage counting no loose paraphrase (CreditLoose).
func (qr Query) FirmCoverage(sets ...[]string) float64 {
	return qr.cover(CreditNear, sets)
}

// DirectCoverage is Coverage counting only words met as written or as
// corrected: related words alone never make a passage an answer.
func (qr Query) DirectCoverage(sets ...[]string) float64 {
	return qr.cover(CreditCorrected, sets)
}

func (qr Query) cover(minCredit float64, sets [][]string) float64 {
	if qr.Total == 0 {
		return 0
	}
	if qr.byTerm == nil {
		qr.indexTerms() // a Query made without Prepare
	}
	// Each set's terms are looked up once: the credits of a question's
	// words fit arrays on the stack, but for a very long one.
	var bestOn, inSetOn [32]float64
	best, inSet := bestOn[:], inSetOn[:]
	if len(qr.Words) > len(bestOn) {
		best, inSet = make([]float64, len(qr.Words)), make([]float64, len(qr.Words))
	}
	for _, ts := range sets {
		clear(inSet)
		for _, t := range ts {
			for _, wc := range qr.byTerm[t] {
				inSet[wc.word] = max(inSet[wc.word], wc.credit)
			}
		}
		for i, w := range qr.Words {
			c := inSet[i]
			if c == 0 && w.surname > 0 && qr.Words[w.surname-1].NameCredit(ts) > 0 {
				c = 1 // "Kerry responded" names John Kerry, as surely as "John" would
			}
			if c >= minCredit {
				best[i] = max(best[i], c)
			}
		}
	}
	got := 0.0
	for i, w := range qr.Words {
		if w.Or == 0 {
			got += best[i] * w.Weight
			continue
		}
		if !qr.Counted(i) {
			continue
		}
		// The alternatives count once, with the heaviest's weight, met
		// as well as the best met of them.
		c := 0.0
		for _, j := range qr.Alternatives(i) {
			c = max(c, best[j])
		}
		got += c * w.Weight
	}
	return got / qr.Total
}

// soleSayer reports whether w is the one word of whom the question asks
// what they said: "china" in "what did china say about the talks?".
func soleSayer(q question.Question, w question.Word) bool {
	said := q.SayerWords()
	return len(said) == 1 && said[0] == strings.ToLower(w.Surface)
}

// onlyCommonWords reports alternatives that are all related or near
// words, none of them a name the articles use, or none at all: a name
// they never use is met by none of its own spellings, nor by another
// name of the same thing (Moscow for Russia).
func onlyCommonWords(ix *index.Index, alts []Alt) bool {
	return !slices.ContainsFunc(alts, func(a Alt) bool { return a.Credit > CreditRelated || ix.IsName(a.Term) })
}

// onlyLoose reports alternatives that are all loose paraphrases, or
// none.
func onlyLoose(alts []Alt) bool {
	return !slices.ContainsFunc(alts, func(a Alt) bool { return a.Credit > CreditLoose })
}

// onlyNear reports alternatives that are all near words, or none.
func onlyNear(alts []Alt) bool {
	return !slices.ContainsFunc(alts, func(a Alt) bool { return a.Credit > CreditNear })
}

// InQuestion reports whether a written word is one of the question's own
// (so it cannot be the answer): as written, corrected, or another name
// of the same thing, not a word merely related to one ("Times" is not
// the question's for its "clip").
func (qr Query) InQuestion(surface string) bool {
	t := qr.Word(surface)
	if t == "" {
		return false
	}
	for _, w := range qr.Words {
		for _, a := range w.Alts {
			if a.Credit < CreditCorrected {
				continue
			}
			if a.Term == t || len(t) >= 5 && len(a.Term) >= 5 && (strings.HasPrefix(a.Term, t) || strings.HasPrefix(t, a.Term)) {
				return true
			}
		}
	}
	return false
}

// UnknownNames returns the names in the question that the articles never
// use, in any spelling.
func (qr Query) UnknownNames() []string {
	var out []string
	for _, w := range qr.Words {
		if w.Name && !w.Known && len(w.NameAlts) == 0 && !term.IsNumber(w.Term) {
			out = append(out, term.WithoutPossessive(w.Surface))
		}
	}
	return out
}

// UnknownShare is the share of the question's weight the articles never
// use in any form.
func (qr Query) UnknownShare() float64 {
	if qr.Total == 0 {
		return 0
	}
	un := 0.0
	for _, w := range qr.Words {
		if len(w.Alts) == 0 {
			un += w.Weight
		}
	}
	return un / qr.Total
}

// opposites returns the terms that say the contrary of a question word
// (surface, index term t): WordNet's antonyms ("lost" for "won"), and for
// an ordinal the other ordinals ("second" for "third": another round,
// another invasion). A name's words have them too: South Carolina is
// not North Carolina, nor the First Minister the Second.
func opposites(lx *lexicon.Lexicon, surface, t string) []string {
	out := lx.Antonyms(t)
	n := question.Ordinal(surface)
	if n == 0 {
		return out
	}
	out = slices.Clone(out)
	for i := 1; question.OrdinalForms(i) != nil; i++ {
		for _, f := range question.OrdinalForms(i) {
			if ft := term.Word(f); i != n && ft != "" && !slices.Contains(out, ft) {
				out = append(out, ft)
			}
		}
	}
	return out
}

// demonymSuffixes end the index terms of the adjectives of places and
// their people: British, Chinese, Syrian, Iraqi.
var demonymSuffixes = []string{"ish", "es", "ian", "an", "i"}

// DemonymOf reports whether one of two names is the other's adjective of
// place: they begin with the same four letters or more, and only one of
// them ends as such an adjective does ("british", "britain"; not
// "niger", "nigeria", nor "austria", "australia").
func DemonymOf(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < 4 {
		return false
	}
	adjective := func(t string) bool {
		return slices.ContainsFunc(demonymSuffixes, func(s string) bool { return strings.HasSuffix(t, s) })
	}
	return adjective(a) != adjective(b)
}
