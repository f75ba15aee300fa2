package document

import (
	"unicode/utf8"

	"github.com/parleybot/parley/internal/binenc"
)

// This file saves parses, so that a process that starts on a corpus it
// read before takes each unchanged article's sentences from the save
// instead of splitting them again: at 10,000 articles splitting was half
// of a start. An article's lines still come from its file, whose hash
// must match.

// parsesMagic opens saved parses; a new layout takes a new one.
const parsesMagic = "PDP1"

// Flags of a saved sentence.
const (
	savedGlued = 1 << iota
	savedHeadline
	savedTitleCase
)

// encodeParse encodes what ParseDocument found in d, lines and hash
// aside: title, date, the paragraphs' lines and each sentence's place.
func encodeParse(d Document, at layout) string {
	b := binenc.AppendString(nil, d.Title)
	b = binenc.AppendString(b, d.Date)
	b = binenc.AppendUint(b, len(at.paragraphs))
	for _, p := range at.paragraphs {
		b = binenc.AppendUint(b, p[0])
		b = binenc.AppendUint(b, p[1]-p[0])
	}
	b = binenc.AppendUint(b, len(d.Sentences))
	for i, s := range d.Sentences {
		b = binenc.AppendUint(b, s.Paragraph)
		b = binenc.AppendUint(b, at.spans[i][0])
		b = binenc.AppendUint(b, at.spans[i][1]-at.spans[i][0])
		b = binenc.AppendUint(b, s.LineStart)
		b = binenc.AppendUint(b, s.LineEnd-s.LineStart)
		b = binenc.AppendUint(b, len(s.LineBreaks))
		for _, lb := range s.LineBreaks {
			b = binenc.AppendUint(b, lb)
		}
		flags := 0
		if s.Glued {
			flags |= savedGlued
		}
		if s.Headline {
			flags |= savedHeadline
		}
		if s.TitleCase {
			flags |= savedTitleCase
		}
		b = binenc.AppendUint(b, flags)
		b = binenc.AppendUint(b, s.Segment)
	}
	return string(b)
}

// SaveParses encodes the parses of docs for ReadParses in a later
// process, each with the article's Source and Hash. A document that
// ParseDocument did not make is left out, and is parsed again.
func SaveParses(docs []Document) []byte {
	size := 64
	for _, d := range docs {
		size += len(d.Source) + len(d.Hash) + len(d.parse) + 12
	}
	b := append(make([]byte, 0, size), parsesMagic...)
	n := 0
	for _, d := range docs {
		if d.parse != "" {
			n++
		}
	}
	b = binenc.AppendUint(b, n)
	for _, d := range docs {
		if d.parse != "" {
			b = binenc.AppendString(b, d.Source)
			b = binenc.AppendString(b, d.Hash)
			b = binenc.AppendString(b, d.parse)
		}
	}
	return binenc.Seal(b)
}

// Parses are the parses an earlier process saved (see SaveParses), by
// Source, for Reader.Saved.
type Parses map[string]SavedParse

// SavedParse is one article's saved parse.
type SavedParse struct {
	// Hash is the hash of the file that was parsed.
	Hash  string
	parse string
}

// ReadParses reads what SaveParses wrote; damaged data is an error.
func ReadParses(data []byte) (Parses, error) {
	r, err := binenc.Open(data, parsesMagic)
	if err != nil {
		return nil, err
	}
	n := r.Count()
	out := make(Parses, n)
	for ; n > 0 && r.Err() == nil; n-- {
		source := r.String()
		out[source] = SavedParse{Hash: r.String(), parse: r.String()}
	}
	if err := r.Done(); err != nil {
		return nil, err
	}
	return out, nil
}

// document rebuilds the article the parse was made of from its file's
// lines, as ParseDocument would; false when the parse does not fit them.
func (p SavedParse) document(source string, lines []string) (Document, bool) {
	r := binenc.NewReader(p.parse)
	d := Document{Source: source, Lines: lines, Hash: p.Hash, parse: p.parse, Title: r.String(), Date: r.String()}
	texts := make([]string, r.Count())
	paragraphs := make([][2]int, len(texts))
	for i := range paragraphs {
		first := r.Uint()
		paragraphs[i] = [2]int{first, first + r.Uint()}
		if paragraphs[i][0] >= paragraphs[i][1] || paragraphs[i][1] > len(lines) {
			return Document{}, false
		}
	}
	if n := r.Count(); n > 0 {
		d.Sentences = make([]Sentence, n)
	}
	for i := range d.Sentences {
		para, at := r.Uint(), r.Uint()
		end := at + r.Uint()
		if para >= len(texts) {
			return Document{}, false
		}
		if texts[para] == "" {
			texts[para] = paragraphString(lines[paragraphs[para][0]:paragraphs[para][1]])
		}
		text := texts[para]
		if end > len(text) || !runeStart(text, at) || !runeStart(text, end) {
			return Document{}, false
		}
		s := Sentence{Source: source, Paragraph: para, Text: text[at:end], LineStart: r.Uint()}
		s.LineEnd = s.LineStart + r.Uint()
		if n := r.Count(); n > 0 {
			s.LineBreaks = make([]int, n)
			for k := range s.LineBreaks {
				s.LineBreaks[k] = r.Uint()
			}
		}
		flags := r.Uint()
		s.Glued, s.Headline, s.TitleCase = flags&savedGlued != 0, flags&savedHeadline != 0, flags&savedTitleCase != 0
		s.Segment = r.Uint()
		if s.LineStart < 1 || s.LineEnd < s.LineStart || s.LineEnd > len(lines) {
			return Document{}, false
		}
		d.Sentences[i] = s
	}
	if r.Done() != nil {
		return Document{}, false
	}
	return d, true
}

// runeStart reports whether byte i of text begins a rune, or ends text.
func runeStart(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
