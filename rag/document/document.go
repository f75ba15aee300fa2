// Package document reads articles: a file's bytes become a Document with
// its lines as written, its headline, its date, and its content sentences,
// each with the 1-based lines it stands on. Boilerplate ("Send comments",
// "News ID:", copyright lines) and repeated lines are dropped. It knows
// nothing of indexes or questions.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
)

// Document is one article of the corpus, with its lines as written.
type Document struct {
	// Source is the article's file name, e.g. "000_266e12b3a42cefa8.txt".
	Source string
	// Title is the article's headline, or its first sentence shortened.
	Title string
	// Date is the publication date as the text gives it, else as the
	// file's name does (YYYY-MM-DD), or "".
	Date string
	// Lines holds the file's lines; Lines[0] is line 1.
	Lines []string
	// Hash is the SHA-256 of the file's bytes, hex-encoded.
	Hash string
	// Sentences are the article's content sentences in order, boilerplate
	// and repeated lines left out.
	Sentences []Sentence
	// parse is the parse above, lines and hash aside, as SaveParses
	// writes it; "" for a document ParseDocument did not make.
	parse string
}

// Sentence is one sentence of a document, with the lines it stands on.
type Sentence struct {
	// Source is the file name of the document.
	Source string
	// LineStart and LineEnd are the 1-based lines the sentence spans.
	LineStart, LineEnd int
	// Text is the sentence as written, with line breaks made spaces.
	Text string
	// Headline reports whether the sentence is the article's headline.
	Headline bool
	// TitleCase reports a headline, or a sentence written as titles are,
	// most of its long words capitalised (see TitleCase).
	TitleCase bool
	// Paragraph numbers the paragraph the sentence stands in.
	Paragraph int
	// LineBreaks are the rune offsets in Text at which each next line
	// begins, for sentences that span lines.
	LineBreaks []int
	// Glued reports that no space separates this sentence from the one
	// before it in the source ("authenticity.Russian").
	Glued bool
	// Segment numbers the runs of content lines between dropped lines;
	// chunks never cross a segment boundary.
	Segment int
}

// Source describes one article for listings.
type Source struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	// Date is the publication date as YYYY-MM-DD, or "" (null in JSON).
	Date string `json:"date"`
	// URL is where an article added from the web was read, or "" (null).
	URL   string `json:"url"`
	Lines int    `json:"lines"`
}

// MarshalJSON writes an unknown date or address as null.
func (s Source) MarshalJSON() ([]byte, error) {
	type plain struct {
		Source string  `json:"source"`
		Title  string  `json:"title"`
		Date   *string `json:"date"`
		URL    *string `json:"url"`
		Lines  int     `json:"lines"`
	}
	p := plain{Source: s.Source, Title: s.Title, Lines: s.Lines}
	if s.Date != "" {
		p.Date = &s.Date
	}
	if s.URL != "" {
		p.URL = &s.URL
	}
	return json.Marshal(p)
}

// ParseDocument reads one article: its lines, title, date and sentences.
// Invalid UTF-8 is replaced, never fatal.
func ParseDocument(source string, data []byte) Document {
	sum := sha256.Sum256(data)
	lines := splitLines(string(data))
	doc := Document{Source: source, Lines: lines, Hash: hex.EncodeToString(sum[:])}
	var at layout
	doc.Sentences, doc.Title, doc.Date, at = analyze(source, lines)
	if doc.Date == "" {
		doc.Date = nameDay(source)
	}
	if doc.Title == "" && len(doc.Sentences) > 0 {
		doc.Title = textutil.Shorten(doc.Sentences[0].Text, 90)
	}
	doc.parse = encodeParse(doc, at)
	return doc
}

// splitLines makes a file's text valid UTF-8, without a byte-order mark,
// and splits it into lines, "\r\n" or "\n" ending each.
func splitLines(text string) []string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// CitationFound reports whether text stands on lines start..end (1-based) of
// doc, comparing with white space folded. Front ends and tests use it to check
// that a citation is real.
func CitationFound(doc Document, start, end int, text string) bool {
	if start < 1 || end < start || end > len(doc.Lines) || strings.TrimSpace(text) == "" {
		return false
	}
	joined := strings.Join(doc.Lines[start-1:end], " ")
	return strings.Contains(strings.Join(strings.Fields(joined), " "), strings.Join(strings.Fields(text), " "))
}
