package rag

import (
	"bytes"
	"context"
	"errors"
	"github.com/parleybot/parley/rag/document"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusFolder makes a corpus folder with one good article and the files
// given, and opens an engine on it, logging to the returned buffer.
func corpusFolder(t *testing.T, add func(dir string)) (*Engine, *bytes.Buffer, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Talks resume\n\nThe talks resumed in Geneva on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	add(dir)
	var logs bytes.Buffer
	eng, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: dir,
		Log: slog.New(slog.NewTextHandler(&logs, nil))})
	return eng, &logs, err
}

func sourcesOf(eng *Engine) []string {
	var out []string
	for _, s := range eng.Sources() {
		out = append(out, s.Source)
	}
	return out
}

// Hardening item 4: a binary file named .txt is skipped with one warning.
func TestItem4BinaryFileSkipped(t *testing.T) {
	eng, logs, err := corpusFolder(t, func(dir string) {
		bin := append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe}, 2000)...)
		os.WriteFile(filepath.Join(dir, "program.txt"), bin, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := sourcesOf(eng); len(got) != 1 || got[0] != "good.txt" {
		t.Errorf("sources %v", got)
	}
	if strings.Count(logs.String(), "level=WARN") != 1 || !strings.Contains(logs.String(), "program.txt") || !strings.Contains(logs.String(), "binary") {
		t.Errorf("log:\n%s", logs)
	}
}

// Hardening item 5: a Windows-1252 article is decoded, and said so.
func TestItem5Windows1252Decoded(t *testing.T) {
	eng, logs, err := corpusFolder(t, func(dir string) {
		// "Café talks" and a quotation in curly marks, in Windows-1252.
		os.WriteFile(filepath.Join(dir, "latin.txt"), []byte("Caf\xe9 talks\n\n\x93We will meet again,\x94 Jos\xe9 Mart\xednez said.\n"), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	var title string
	for _, s := range eng.Sources() {
		if s.Source == "latin.txt" {
			title = s.Title
		}
	}
	if title != "Café talks" {
		t.Errorf("title %q", title)
	}
	ms, _ := eng.WhoSaid(context.Background(), "We will meet again")
	if len(ms) == 0 || ms[0].Speaker != "José Martínez" {
		t.Errorf("who said: %+v", ms)
	}
	if !strings.Contains(logs.String(), "level=INFO") || !strings.Contains(logs.String(), "Windows-1252") {
		t.Errorf("log:\n%s", logs)
	}
}

// Hardening item 6: a dangling symlink and a symlink loop are skipped with
// a warning each; the rest is served.
func TestItem6BrokenSymlinksSkipped(t *testing.T) {
	eng, logs, err := corpusFolder(t, func(dir string) {
		os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt"))
		os.Symlink(filepath.Join(dir, "loop2.txt"), filepath.Join(dir, "loop1.txt"))
		os.Symlink(filepath.Join(dir, "loop1.txt"), filepath.Join(dir, "loop2.txt"))
	})
	if err != nil {
		t.Fatalf("a broken link stopped Parley: %v", err)
	}
	if got := sourcesOf(eng); len(got) != 1 {
		t.Errorf("sources %v", got)
	}
	for _, f := range []string{"dangling.txt", "loop1.txt", "loop2.txt"} {
		if !strings.Contains(logs.String(), f) {
			t.Errorf("no warning names %s:\n%s", f, logs)
		}
	}
}

// Hardening item 7: empty files are skipped with a warning, not listed as
// 0-line articles.
func TestItem7EmptyFileSkipped(t *testing.T) {
	eng, logs, err := corpusFolder(t, func(dir string) {
		os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
		os.WriteFile(filepath.Join(dir, "blank.md"), []byte("\n  \n\t\n"), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := sourcesOf(eng); len(got) != 1 {
		t.Errorf("sources %v", got)
	}
	if strings.Count(logs.String(), "level=WARN") != 2 {
		t.Errorf("log:\n%s", logs)
	}
	// A folder of nothing but such files is still an empty corpus.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	if _, _, err := document.LoadCorpusNotices(os.DirFS(dir), dir); !errors.Is(err, document.ErrEmptyCorpus) {
		t.Errorf("err %v", err)
	}
}

// Hardening item 3: a 5 MB article with no sentence stops makes no giant
// "sentence": every sentence is at most MaxSentenceRunes, so a question's
// work and an answer's length do not grow with the article.
func TestItem3HugeArticleHasBoundedSentences(t *testing.T) {
	data := bigDump([]byte("Russia Iran and Turkey sponsored the Astana talks in January"))
	doc := document.ParseDocument("big.txt", data)
	for _, s := range doc.Sentences {
		if n := len([]rune(s.Text)); n > document.MaxSentenceRunes {
			t.Fatalf("a sentence of %d runes on lines %d-%d", n, s.LineStart, s.LineEnd)
		}
		if !document.CitationFound(doc, s.LineStart, s.LineEnd, s.Text) {
			t.Fatalf("sentence not on its lines %d-%d", s.LineStart, s.LineEnd)
		}
	}
	if len(doc.Sentences) < 1000 {
		t.Errorf("only %d sentences", len(doc.Sentences))
	}
}

// Hardening round two, item 5: an article over the size limit is skipped
// with a warning that names it, and the rest are read.
func TestItem5ArticleOverTheLimitSkipped(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Talks resume\n\nThe talks resumed in Geneva on Monday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "dump.txt"), bigDump([]byte("Russia Iran and Turkey sponsored the talks")), 0o644)
	var logs bytes.Buffer
	eng, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: dir, MaxArticleBytes: 1 << 20,
		Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if got := sourcesOf(eng); len(got) != 1 || got[0] != "good.txt" {
		t.Errorf("sources %v", got)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "dump.txt") || !strings.Contains(logs.String(), "PARLEY_MAX_ARTICLE_BYTES") {
		t.Errorf("log:\n%s", logs.String())
	}
}
