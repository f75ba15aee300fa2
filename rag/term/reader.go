package term

import (
	"regexp"
	"slices"
	"sync"
)

// Reader is Tokenize, Surfaces, Of and a pattern's match remembering
// each text's result, for one question's reading of its candidate
// sentences: the answer's checks read the same sentence many times over,
// and tokenizing it once instead of at every check is most of a warm
// answer's time. The slices it returns are shared between calls and must
// not be modified (they are clipped, so appending to one copies it). It
// is safe for concurrent use; make one per question, as it keeps every
// text it reads.
type Reader struct {
	mu    sync.Mutex
	stems *Stems
	toks  map[string][]Token
	surfs map[string][]Token
	terms map[string][]string
	found map[pattern][]string
	split map[string]splitText
}

// splitText is a text's words and their breaks, as splitWords gives them.
type splitText struct {
	words  []string
	broken []bool
}

// pattern is a regular expression applied to a text.
type pattern struct {
	re   *regexp.Regexp
	text string
}

// NewReader returns a reader with an empty memory of texts that reads
// words through stems, shared between questions.
func NewReader(stems *Stems) *Reader {
	return &Reader{stems: stems, toks: map[string][]Token{}, surfs: map[string][]Token{}, terms: map[string][]string{}, found: map[pattern][]string{}, split: map[string]splitText{}}
}

// Word is term.Word, by the reader's stems.
func (r *Reader) Word(w string) string { return r.stems.Word(w) }

// Tokenize is term.Tokenize, remembered.
func (r *Reader) Tokenize(text string) []Token {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tokenize(text)
}

func (r *Reader) tokenize(text string) []Token {
	return remembered(r.toks, text, func() []Token {
		sp := r.words(text)
		return tokensOf(sp.words, sp.broken, r.stems.Word)
	})
}

// Surfaces is term.Surfaces, remembered.
func (r *Reader) Surfaces(text string) []Token {
	r.mu.Lock()
	defer r.mu.Unlock()
	return remembered(r.surfs, text, func() []Token {
		sp := r.words(text)
		return tokensOf(sp.words, sp.broken, r.stems.plain)
	})
}

// words is splitWords, remembered: a text is split once for both
// Tokenize and Surfaces. r.mu must be held.
func (r *Reader) words(text string) splitText {
	sp, ok := r.split[text]
	if !ok {
		sp.words, sp.broken = splitWords(text)
		r.split[text] = sp
	}
	return sp
}

// Of is term.Of, remembered.
func (r *Reader) Of(text string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return remembered(r.terms, text, func() []string { return termsOf(text, r.tokenize(text), r.stems.Word) })
}

// FindSubmatch is re.FindStringSubmatch(text), remembered: the question's
// text is tested against the same patterns once for every sentence.
func (r *Reader) FindSubmatch(re *regexp.Regexp, text string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return remembered(r.found, pattern{re, text}, func() []string { return re.FindStringSubmatch(text) })
}

// remembered returns memo's slice for key, made by build (and clipped)
// the first time.
func remembered[K comparable, T any](memo map[K][]T, key K, build func() []T) []T {
	if t, ok := memo[key]; ok {
		return t
	}
	t := slices.Clip(build())
	memo[key] = t
	return t
}

// Stems is Word remembering each word's term, like Stemmer, but safe for
// concurrent use: an engine keeps one, so that questions after the first
// stem only words no question has read before. It also remembers each
// word's unstemmed form, for Surfaces. It keeps up to maxStems words of
// each kind: the articles' vocabulary, and the words questions and model
// replies bring, which a bot that runs for months must not keep without
// end; past that, words are read afresh.
type Stems struct {
	mu      sync.RWMutex
	stemOf  map[string]string
	plainOf map[string]string
}

// NewStems returns a memory of stems, empty.
func NewStems() *Stems { return &Stems{stemOf: map[string]string{}, plainOf: map[string]string{}} }

// Word is term.Word, remembered.
func (s *Stems) Word(w string) string { return s.recall(s.stemOf, w, Word) }

// plain is unstemmed, remembered.
func (s *Stems) plain(w string) string { return s.recall(s.plainOf, w, unstemmed) }

// recall returns memo's entry for w, made by read the first time.
func (s *Stems) recall(memo map[string]string, w string, read func(string) string) string {
	s.mu.RLock()
	t, ok := memo[w]
	s.mu.RUnlock()
	if ok {
		return t
	}
	t = read(w)
	s.mu.Lock()
	if len(memo) < maxStems {
		memo[w] = t
	}
	s.mu.Unlock()
	return t
}

// maxStems bounds how many words' readings Stems keeps, of each kind:
// more than the vocabulary of ten thousand news articles, a few tens of
// megabytes at most.
const maxStems = 1 << 18
