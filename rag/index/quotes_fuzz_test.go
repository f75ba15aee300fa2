package index

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/quote"
)

// FuzzExtractQuotes reads arbitrary text as an article: nothing panics, and
// every quotation found lies on a line of the input.
func FuzzExtractQuotes(f *testing.F) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		`"Unclosed, he said.`, `”Backwards“ she said,`, `"" said X.`, `"a" "b" "c"`,
		"\"Line one\nline two,\" Jane\nDoe said.", `He said: "`, `[`, `]]]"[[["`,
		`"…" … said … "…"`, "\x00\"\xff\" said \u2028 Bob.", `"One." "Two." "Three," said the Times.`,
		"''Why?''", "''Why?'''", "'''", "''''''", "X (AFP) –", `"…," , said , , X`, `A: "`, "-- \"x\"",
		`"Go." Trump said.`, `Likewise, "`, `In 2016, X endorsed Y, saying`, "WASHINGTON, (UPI) — \"a\"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := document.ParseDocument("fuzz.txt", data)
		res := quote.Extract(QuoteDocuments([]document.Document{doc}))
		for _, q := range res.Quotes {
			if q.Line < 1 || q.Line > len(doc.Lines) {
				t.Fatalf("quotation %q on line %d of %d", q.Text, q.Line, len(doc.Lines))
			}
			if q.Source != "fuzz.txt" || q.Text == "" {
				t.Fatalf("incomplete quotation %+v", q)
			}
		}
		for _, s := range doc.Sentences {
			if s.LineStart < 1 || s.LineEnd > len(doc.Lines) || s.LineEnd < s.LineStart {
				t.Fatalf("sentence on lines %d-%d of %d", s.LineStart, s.LineEnd, len(doc.Lines))
			}
		}
	})
}
