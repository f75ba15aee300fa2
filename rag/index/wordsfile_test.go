package index

import (
	"reflect"
	"testing"
)

// TestSavedWordsReadBack: the saved words of an index read back as they
// were, and damaged ones are refused.
func TestSavedWordsReadBack(t *testing.T) {
	ix, _ := open(t, corpusFS(t), Options{})
	st := ix.lexicalState()
	data := st.encode()
	back, err := decodeLexical(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, st) {
		t.Fatalf("read back %d terms, %d documents; saved %d, %d", len(back.Vocab), len(back.Sents), len(st.Vocab), len(st.Sents))
	}
	for _, bad := range [][]byte{data[:len(data)/2], append(append([]byte(nil), data[:100]...), data[101:]...), nil} {
		if _, err := decodeLexical(bad); err == nil {
			t.Errorf("damaged words of %d bytes read without an error", len(bad))
		}
	}
}
