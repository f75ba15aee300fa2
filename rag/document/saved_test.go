package document

import (
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
	"testing/fstest"
)

// savedFixture is a corpus of the built-in articles and files that test
// the parser's edges: CRLF lines, a byte-order mark, Latin-1, a sentence
// over lines, dropped and repeated lines, a quotation's byline.
func savedFixture(t *testing.T) fstest.MapFS {
	fsys := fstest.MapFS{
		"crlf.txt":   {Data: []byte("\ufeffPort Strike Ends\r\n\r\nThe strike ended on Monday,\r\nofficials said. Talks resume.\r\n")},
		"latin1.txt": {Data: []byte("Caf\xe9 Talks\n\nThe envoys met at a caf\xe9 in Gen\xe8ve. \"We agreed,\" one said.\n")},
		"dropped.txt": {Data: []byte("Headline Of A Story\n\nShare this article\nThe first paragraph runs\nover two lines.\n\n" +
			"Share this article\n“We will not sign.” ― Ilse Brandt.\n\nNo stop at the end of this one")},
	}
	entries, err := os.ReadDir("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile("../../corpus/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: data}
	}
	return fsys
}

// TestSavedParsesReadAsParsed: articles read from their saved parses are
// the articles as parsed, sentence for sentence.
func TestSavedParsesReadAsParsed(t *testing.T) {
	fsys := savedFixture(t)
	parsed, _, err := Reader{}.Load(fsys, "fixture")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := ReadParses(SaveParses(parsed))
	if err != nil || len(saved) != len(parsed) {
		t.Fatalf("read %d saved parses of %d articles: %v", len(saved), len(parsed), err)
	}
	again, _, err := Reader{Saved: saved}.Load(fsys, "fixture")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, parsed) {
		for i := range parsed {
			if !reflect.DeepEqual(again[i], parsed[i]) {
				t.Errorf("%s read from its saved parse:\n%+v\nparsed:\n%+v", parsed[i].Source, again[i], parsed[i])
			}
		}
	}
}

// TestSavedParseServesOnlyItsFile: a saved parse is taken for a file of
// the same bytes, and a file that changed, or that the parse does not
// fit, is parsed.
func TestSavedParseServesOnlyItsFile(t *testing.T) {
	text := "Talks Resume\n\nThe envoys met on Monday. They will meet again.\n"
	fsys := fstest.MapFS{"a.txt": {Data: []byte(text)}}
	lines := splitLines(text)
	sents, _, date, at := analyze("a.txt", lines)
	marked := encodeParse(Document{Title: "Title from the saved parse", Date: date, Sentences: sents}, at)
	long := ParseDocument("long.txt", []byte(text+"\nA third paragraph, of a longer file.\n")).parse
	for _, tt := range []struct {
		name, hash, parse, title string
	}{
		{"the same bytes", hashOf([]byte(text)), marked, "Title from the saved parse"},
		{"other bytes", hashOf([]byte("other")), marked, "Talks Resume"},
		{"a parse past the file's lines", hashOf([]byte(text)), long, "Talks Resume"},
		{"a damaged parse", hashOf([]byte(text)), marked[:len(marked)-3], "Talks Resume"},
	} {
		docs, _, err := Reader{Saved: Parses{"a.txt": {Hash: tt.hash, parse: tt.parse}}}.Load(fsys, "t")
		if err != nil {
			t.Fatal(err)
		}
		if got := docs[0]; got.Title != tt.title || len(got.Sentences) != 3 || got.Hash != hashOf([]byte(text)) {
			t.Errorf("%s: title %q, %d sentences, hash %s", tt.name, got.Title, len(got.Sentences), got.Hash)
		}
	}
}

// TestNonsenseParsesAreRefused: a saved parse of random bytes, or one cut
// or changed anywhere, is never taken wrongly for a file, and never panics.
func TestNonsenseParsesAreRefused(t *testing.T) {
	text := "Talks Resume\n\nThe envoys met on Monday,\nofficials said. They will meet again.\n"
	lines := splitLines(text)
	good := ParseDocument("a.txt", []byte(text))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		b := []byte(good.parse)
		switch rng.IntN(3) {
		case 0:
			b = b[:rng.IntN(len(b))]
		case 1:
			b[rng.IntN(len(b))] = byte(rng.IntN(256))
		default:
			b = make([]byte, rng.IntN(40))
			for i := range b {
				b[i] = byte(rng.IntN(256))
			}
		}
		if d, ok := (SavedParse{parse: string(b)}).document("a.txt", lines); ok {
			for _, s := range d.Sentences {
				if s.LineStart < 1 || s.LineEnd < s.LineStart || s.LineEnd > len(lines) {
					t.Fatalf("a changed parse gives lines %d-%d of %d", s.LineStart, s.LineEnd, len(lines))
				}
			}
		}
	}
}
