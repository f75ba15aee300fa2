package quote

import (
	"errors"
	"maps"
	"slices"

	"github.com/parleybot/parley/internal/binenc"
)

// This file saves what a Memo remembers of the documents' names, so that
// a process that loads an index does not read every document's names
// again: at 10,000 articles that took six seconds of CPU at each start.

// namesMagic opens a saved memo's names; a new layout takes a new one.
const namesMagic = "PQN1"

// encode sets dn.encoded, the document's names as SavedNames writes
// them: made once, when they are read, so that saving them again only
// copies it (loaded names keep the bytes they were read from).
func (dn *docNames) encode() {
	b := binenc.AppendString(nil, dn.lower)
	b = binenc.AppendUint(b, len(dn.asked))
	for _, a := range dn.asked {
		b = binenc.AppendString(b, a.word)
		b = binenc.AppendBool(b, a.lower)
	}
	b = binenc.AppendUint(b, len(dn.adds))
	for _, a := range dn.adds {
		b = binenc.AppendString(b, a.name)
		b = binenc.AppendString(b, a.role)
		b = binenc.AppendBool(b, a.org)
	}
	dn.encoded = string(b)
}

// SavedNames encodes the names m remembers, for LoadNames in another
// process: each document's names and the corpus's lower-case words, with
// a CRC-32 at the end. It is nil when m remembers no names.
func (m *Memo) SavedNames() []byte {
	if m == nil || m.names == nil || m.lower == nil {
		return nil
	}
	size := 64
	for key, dn := range m.names {
		size += len(key) + len(dn.encoded) + 20
	}
	b := make([]byte, 0, size)
	b = append(b, namesMagic...)
	b = binenc.AppendUint(b, len(m.names))
	for _, key := range slices.Sorted(maps.Keys(m.names)) {
		b = binenc.AppendString(b, key)
		b = binenc.AppendString(b, m.names[key].encoded)
	}
	b = binenc.AppendUint(b, len(m.lower))
	for _, w := range slices.Sorted(maps.Keys(m.lower)) {
		b = binenc.AppendString(b, w)
		b = binenc.AppendUint(b, m.lower[w])
	}
	return binenc.Seal(b)
}

// LoadNames sets the names m remembers from what SavedNames wrote, so
// that ReadNames, or the next run, reads only the documents that are
// new or changed. Data that is damaged or of another layout is an error,
// and m is left as it was. The names share the memory of one copy of data.
func (m *Memo) LoadNames(data []byte) error {
	r, err := binenc.Open(data, namesMagic)
	if err != nil {
		return errors.New("the saved names are damaged, or of another version")
	}
	n := r.Count()
	names := make(map[string]*docNames, n)
	for ; n > 0 && r.Err() == nil; n-- {
		key := r.String()
		dn, err := decodeNames(r.String())
		if err != nil {
			return err
		}
		names[key] = dn
	}
	n = r.Count()
	lower := make(map[string]int, n)
	for ; n > 0 && r.Err() == nil; n-- {
		w := r.String()
		lower[w] = r.Uint()
	}
	if r.Done() != nil {
		return errors.New("the saved names are damaged")
	}
	m.names, m.lower, m.canon = names, lower, nil
	return nil
}

// decodeNames reads one document's names as encode wrote them.
func decodeNames(encoded string) (*docNames, error) {
	r := binenc.NewReader(encoded)
	dn := &docNames{encoded: encoded, lower: r.String()}
	dn.asked = make([]asked, r.Count())
	for i := range dn.asked {
		dn.asked[i] = asked{word: r.String(), lower: r.Bool()}
	}
	dn.adds = make([]nameAdd, r.Count())
	for i := range dn.adds {
		dn.adds[i] = nameAdd{name: r.String(), role: r.String(), org: r.Bool()}
	}
	if r.Done() != nil {
		return nil, errors.New("the saved names of a document are damaged")
	}
	return dn, nil
}
