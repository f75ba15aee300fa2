package attrib_test

import (
	"context"
	"os"
	"testing"

	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
)

func TestQuotesPersistWithTheIndex(t *testing.T) {
	dir := t.TempDir()
	docs, err := document.LoadCorpus(os.DirFS("../../corpus"), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	built, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	loaded, info, err := index.LoadOrBuild(context.Background(), docs, index.Options{DataDir: dir})
	if err != nil || info.Rebuilt {
		t.Fatalf("not loaded: %v %+v", err, info)
	}
	if len(loaded.Quotes()) != len(built.Quotes()) || len(loaded.Quotes()) < 40 {
		t.Fatalf("loaded %d quotations, built %d", len(loaded.Quotes()), len(built.Quotes()))
	}
	for _, q := range []string{"reinvigorate a sense of momentum", "There have been many ups and downs"} {
		a, _ := attrib.New(built, nil, nil).WhoSaid(context.Background(), q)
		b, _ := attrib.New(loaded, nil, nil).WhoSaid(context.Background(), q)
		if len(a) == 0 || len(a) != len(b) || a[0] != b[0] {
			t.Errorf("%q: built %v, loaded %v", q, a, b)
		}
	}
}
