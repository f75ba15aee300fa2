package index

import (
	"errors"

	"github.com/parleybot/parley/internal/binenc"
)

// wordsMagic opens the saved words (words.bin); a new layout takes a new
// one.
const wordsMagic = "PIW1"

// encode writes the saved words compactly (see internal/binenc): gob
// took 0.3-0.4 s for the 6 million term numbers of 10,000 articles, on
// every update.
func (st lexicalState) encode() []byte {
	size := 64 + 4*len(st.Vocab)
	for _, t := range st.Vocab {
		size += len(t) + 8
	}
	for _, doc := range st.Sents {
		for _, s := range doc {
			size += 2 + 3*len(s)
		}
	}
	b := append(make([]byte, 0, size), wordsMagic...)
	b = binenc.AppendUint(b, st.NSents)
	b = binenc.AppendUint(b, len(st.Vocab))
	for i, t := range st.Vocab {
		b = binenc.AppendString(b, t)
		b = binenc.AppendUint(b, int(st.DF[i]))
		for _, c := range st.Caps[i] {
			b = binenc.AppendUint(b, int(c))
		}
	}
	b = binenc.AppendUint(b, len(st.Surfaces))
	for i, w := range st.Surfaces {
		b = binenc.AppendString(b, w)
		b = binenc.AppendUint(b, int(st.Counts[i]))
	}
	b = binenc.AppendUint(b, len(st.Sents))
	for _, doc := range st.Sents {
		b = binenc.AppendUint(b, len(doc))
		for _, s := range doc {
			b = binenc.AppendUint(b, len(s))
			for _, id := range s {
				b = binenc.AppendUint(b, int(id))
			}
		}
	}
	return binenc.Seal(b)
}

// errWordsDamaged is saved words that do not read back whole.
var errWordsDamaged = errors.New("the saved words are damaged")

// decodeLexical reads what encode wrote. A document's sentences share
// one array of term numbers; a number is checked against the vocabulary
// when the terms are made (fromLexicalState).
func decodeLexical(data []byte) (lexicalState, error) {
	r, err := binenc.Open(data, wordsMagic)
	if err != nil {
		return lexicalState{}, errWordsDamaged
	}
	st := lexicalState{NSents: r.Uint()}
	n := r.Count()
	st.Vocab, st.DF, st.Caps = make([]string, n), make([]int32, n), make([][3]int32, n)
	for i := range n {
		st.Vocab[i], st.DF[i] = r.String(), int32(r.Uint())
		for k := range st.Caps[i] {
			st.Caps[i][k] = int32(r.Uint())
		}
	}
	n = r.Count()
	st.Surfaces, st.Counts = make([]string, n), make([]int32, n)
	for i := range n {
		st.Surfaces[i], st.Counts[i] = r.String(), int32(r.Uint())
	}
	st.Sents = make([][][]int32, r.Count())
	var ids []int32
	for d := range st.Sents {
		sents := make([][]int32, r.Count())
		for s := range sents {
			k := r.Count()
			if len(ids) < k {
				ids = make([]int32, max(k, 4096))
			}
			sents[s] = ids[:k:k]
			ids = ids[k:]
			for i := range sents[s] {
				sents[s][i] = int32(r.Uint())
			}
		}
		st.Sents[d] = sents
	}
	if r.Done() != nil {
		return lexicalState{}, errWordsDamaged
	}
	return st, nil
}
