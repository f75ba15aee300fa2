package document

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestALoadIsTheSameOnEveryCore: files are read and parsed at once, yet
// the documents, their parses and what is said of the files come in the
// folder's order, as one reader in turn gives them, and a saved parse
// is taken only for the bytes it was made of.
func TestALoadIsTheSameOnEveryCore(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 60 {
		name := fmt.Sprintf("%02d.txt", i)
		switch i % 6 {
		case 1:
			fsys[name] = &fstest.MapFile{Data: nil} // empty
		case 3:
			fsys[name] = &fstest.MapFile{Data: []byte("bin\x00ary")}
		case 5:
			fsys[name] = &fstest.MapFile{Data: []byte("Caf\xe9 talks\n\nThe envoys met in the caf\xe9 on day " + fmt.Sprint(i) + ".\n")}
		default:
			fsys[name] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Talks %d\n\nThe envoys met on day %d.\nThey met again,\nand spoke at length.\n\nNo deal was made.\n", i, i))}
		}
	}
	parsed := func(name string) Document { // as one reader in turn parses it
		text, _ := decodeText(slices.Clone(fsys[name].Data))
		return ParseDocument(name, []byte(text))
	}
	docs, notes, err := Reader{}.Load(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 40 || len(notes) != 30 {
		t.Fatalf("%d documents and %d notes, want 40 and 30", len(docs), len(notes))
	}
	var files []string
	for i, n := range notes {
		files = append(files, n.File)
		want := map[int]string{1: "empty", 3: "binary", 5: "Windows-1252"}[i%3*2+1]
		if !strings.Contains(n.Reason, want) || n.Skipped == (want == "Windows-1252") {
			t.Errorf("note %d on %s: %+v, want %q", i, n.File, n, want)
		}
	}
	if !slices.IsSorted(files) {
		t.Errorf("notes out of the folder's order: %v", files)
	}
	for i, d := range docs {
		want := parsed(d.Source)
		if i > 0 && docs[i-1].Source >= d.Source || d.Title != want.Title || len(d.Sentences) != len(want.Sentences) {
			t.Fatalf("document %d (%s): %q with %d sentences, want %q with %d", i, d.Source, d.Title, len(d.Sentences), want.Title, len(want.Sentences))
		}
	}
	// Again from the parses saved: the same documents; a file changed
	// since is parsed anew.
	saved, err := ReadParses(SaveParses(docs))
	if err != nil {
		t.Fatal(err)
	}
	fsys["00.txt"] = &fstest.MapFile{Data: []byte("Changed\n\nA new sentence. And another.\n")}
	again, _, err := Reader{Saved: saved}.Load(fsys, "t")
	if err != nil || len(again) != len(docs) {
		t.Fatalf("%d documents, %v", len(again), err)
	}
	for i, d := range again {
		want := parsed(d.Source)
		if d.Title != want.Title || !slices.EqualFunc(d.Sentences, want.Sentences, func(a, b Sentence) bool {
			return a.Text == b.Text && a.LineStart == b.LineStart && a.LineEnd == b.LineEnd
		}) {
			t.Errorf("document %d (%s) from the saved parses differs from its parse", i, d.Source)
		}
	}
}
