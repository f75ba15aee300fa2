package quote

import (
	"errors"

	"github.com/parleybot/parley/internal/binenc"
)

// resultMagic opens a saved Result; a new layout takes a new one.
const resultMagic = "PQR1"

// Save encodes the quotations and speakers of r for Load in a later
// process, compactly (see internal/binenc): gob took a quarter of a
// second for the quotations of 10,000 articles, on every update.
func Save(r Result) []byte {
	size := 64
	for _, q := range r.Quotes {
		size += len(q.Text) + len(q.Sentence) + len(q.Speaker) + len(q.Written) + len(q.Source) + len(q.Role) + 24
	}
	b := append(make([]byte, 0, size), resultMagic...)
	b = binenc.AppendUint(b, len(r.Quotes))
	for _, q := range r.Quotes {
		for _, s := range []string{q.Text, string(q.Kind), q.Speaker, q.SpeakerType, q.Role, q.Source, q.Sentence, q.Written} {
			b = binenc.AppendString(b, s)
		}
		b = binenc.AppendUint(b, q.Line)
	}
	b = binenc.AppendUint(b, len(r.Speakers))
	for _, s := range r.Speakers {
		b = binenc.AppendString(b, s.Name)
		b = binenc.AppendString(b, s.Type)
		b = binenc.AppendString(b, s.Role)
		b = binenc.AppendUint(b, len(s.Aliases))
		for _, a := range s.Aliases {
			b = binenc.AppendString(b, a)
		}
		b = binenc.AppendUint(b, s.Quotes)
	}
	return binenc.Seal(b)
}

// Load reads what Save wrote; damaged data is an error. The strings
// share the memory of one copy of data.
func Load(data []byte) (Result, error) {
	r, err := binenc.Open(data, resultMagic)
	if err != nil {
		return Result{}, errors.New("the saved quotations are damaged, or of another version")
	}
	var res Result
	if n := r.Count(); n > 0 {
		res.Quotes = make([]Quote, n)
	}
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Text, q.Kind, q.Speaker, q.SpeakerType = r.String(), Kind(r.String()), r.String(), r.String()
		q.Role, q.Source, q.Sentence, q.Written = r.String(), r.String(), r.String(), r.String()
		q.Line = r.Uint()
	}
	if n := r.Count(); n > 0 {
		res.Speakers = make([]Speaker, n)
	}
	for i := range res.Speakers {
		s := &res.Speakers[i]
		s.Name, s.Type, s.Role = r.String(), r.String(), r.String()
		if n := r.Count(); n > 0 {
			s.Aliases = make([]string, n)
			for k := range s.Aliases {
				s.Aliases[k] = r.String()
			}
		}
		s.Quotes = r.Uint()
	}
	if r.Done() != nil {
		return Result{}, errors.New("the saved quotations are damaged")
	}
	return res, nil
}
