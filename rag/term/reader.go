package term

import (
	"slices"
	"sync"
)

// Reader is Tokenize, Surfaces and Of remembering each text's result, for
// one question's reading of its candidate sentences: the answer's checks
// read the same sentence many times over, and tokenizing it once instead
// of at every check is most of a warm answer's time. The slices it
// returns are shared between calls and must not be modified (they are
// clipped, so appending to one copies it). It is safe
// for concurrent use; make one per question, as it keeps every text it
// reads.
type Reader struct {
	mu    sync.Mutex
	word  func(string) string
	toks  map[string][]Token
	surfs map[string][]Token
	terms map[string][]string
}

// NewReader returns a reader with an empty memory that stems words with
// word (Word, or a Stems' Word to share stems between questions).
func NewReader(word func(string) string) *Reader {
	return &Reader{word: word, toks: map[string][]Token{}, surfs: map[string][]Token{}, terms: map[string][]string{}}
}

// Word is term.Word, by the reader's stems.
func (r *Reader) Word(w string) string { return r.word(w) }

// Tokenize is term.Tokenize, remembered.
func (r *Reader) Tokenize(text string) []Token {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tokenize(text)
}

func (r *Reader) tokenize(text string) []Token {
	return remembered(r.toks, text, func() []Token { return tokenize(text, r.word) })
}

// Surfaces is term.Surfaces, remembered.
func (r *Reader) Surfaces(text string) []Token {
	r.mu.Lock()
	defer r.mu.Unlock()
	return remembered(r.surfs, text, func() []Token { return tokenize(text, unstemmed) })
}

// Of is term.Of, remembered.
func (r *Reader) Of(text string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return remembered(r.terms, text, func() []string { return termsOf(text, r.tokenize(text), r.word) })
}

// remembered returns memo's slice for text, made by build (and clipped)
// the first time.
func remembered[T any](memo map[string][]T, text string, build func() []T) []T {
	if t, ok := memo[text]; ok {
		return t
	}
	t := slices.Clip(build())
	memo[text] = t
	return t
}

// Stems is Word remembering each word's term, like Stemmer, but safe for
// concurrent use: an engine keeps one, so that questions after the first
// stem only words no question has read before. It keeps every word it is
// given, which the articles' vocabulary bounds.
type Stems struct {
	mu   sync.RWMutex
	memo map[string]string
}

// NewStems returns a memory of stems, empty.
func NewStems() *Stems { return &Stems{memo: map[string]string{}} }

// Word is term.Word, remembered.
func (s *Stems) Word(w string) string {
	s.mu.RLock()
	t, ok := s.memo[w]
	s.mu.RUnlock()
	if ok {
		return t
	}
	t = Word(w)
	s.mu.Lock()
	s.memo[w] = t
	s.mu.Unlock()
	return t
}
