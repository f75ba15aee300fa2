package quote

import (
	"fmt"
	"reflect"
	"testing"
)

// filled returns a value of type T with every field set, to its name for
// a string, a number for an int, and a list of two for a list of
// strings: a field added to T and left out of Save fails the round trip.
func filled[T any](t *testing.T, n int) T {
	t.Helper()
	var v T
	rv := reflect.ValueOf(&v).Elem()
	for i := range rv.NumField() {
		f, name := rv.Field(i), rv.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("%s %d", name, n))
		case reflect.Int:
			f.SetInt(int64(1000*n + i))
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{name + " a", name + " b"}))
		default:
			t.Fatalf("%s.%s is a %s: teach filled and Save about it", rv.Type(), name, f.Kind())
		}
	}
	return v
}

// TestSavedResultReadsBack: every field of every quotation and speaker
// reads back, from extraction and from values with all fields set; a
// damaged save is refused.
func TestSavedResultReadsBack(t *testing.T) {
	docs := []Document{{Source: "a.txt", Key: "a1", Sentences: sentences(
		`"We will not sign," port director Ilse Brandt said.`, `"The strike goes on," said Tomas Brandt, the union's lawyer.`)}}
	for name, r := range map[string]Result{
		"extracted": Extract(docs),
		"filled":    {Quotes: []Quote{filled[Quote](t, 1), filled[Quote](t, 2)}, Speakers: []Speaker{filled[Speaker](t, 3)}},
		"empty":     {},
	} {
		data := Save(r)
		back, err := Load(data)
		if err != nil || !reflect.DeepEqual(back, r) {
			t.Errorf("%s: read back %+v (%v), saved %+v", name, back, err, r)
		}
		if _, err := Load(data[:len(data)-1]); err == nil {
			t.Errorf("%s: a save cut short read without an error", name)
		}
	}
}
