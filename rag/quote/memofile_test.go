package quote

import (
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"reflect"
	"testing"
)

// memoOf returns the memo a run over docs leaves.
func memoOf(docs []Document) *Memo {
	m := &Memo{}
	ExtractWith(docs, m, nil)
	return m
}

// TestSavedNamesLoadAsRead: the names a memo saves load as they were
// read, and a memo of them reads again only the documents it does not
// hold.
func TestSavedNamesLoadAsRead(t *testing.T) {
	a := Document{Source: "a.txt", Key: "a1", Sentences: sentences(
		`"We will not sign," port director Ilse Brandt said.`, `Nevertheless Brandt met Mayor Ana Ruiz.`)}
	b := Document{Source: "b.txt", Key: "b1", Sentences: sentences(
		`"The strike goes on," said Tomas Brandt, the union's lawyer.`)}
	read := memoOf([]Document{a, b})
	var loaded Memo
	if err := loaded.LoadNames(read.SavedNames()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(loaded.names, read.names) || !reflect.DeepEqual(loaded.lower, read.lower) {
		t.Fatalf("loaded names %+v\nlower %v;\nread %+v\nlower %v", loaded.names, loaded.lower, read.names, read.lower)
	}
	c := Document{Source: "c.txt", Key: "c1", Sentences: sentences(`"It is over," Brandt told reporters.`)}
	kept := loaded.names["a.txt\x00a1"]
	loaded.ReadNames([]Document{a, b, c})
	if loaded.names["a.txt\x00a1"] != kept {
		t.Error("a document the loaded names hold was read again")
	}
	all := []Document{a, b, c}
	if loaded.names["c.txt\x00c1"] == nil {
		t.Fatal("c's names were not read")
	}
	if got, want := ExtractWith(all, &loaded, nil), Extract(all); !reflect.DeepEqual(got, want) {
		t.Errorf("with the loaded names: %+v\nfrom scratch: %+v", got, want)
	}
}

// TestDamagedSavedNamesAreRefused: saved names cut short, with a byte
// changed, or with a right checksum over nonsense are an error, never a
// panic, and leave the memo as it was.
func TestDamagedSavedNamesAreRefused(t *testing.T) {
	docs := []Document{{Source: "a.txt", Key: "a1", Sentences: sentences(
		`"We will not sign," port director Ilse Brandt said.`, `Mayor Ana Ruiz said the city would mediate.`)}}
	data := memoOf(docs).SavedNames()
	check := func(what string, bad []byte) {
		t.Helper()
		m := Memo{lower: map[string]int{"kept": 1}}
		if err := m.LoadNames(bad); err == nil {
			t.Errorf("%s: loaded without an error", what)
		}
		if !reflect.DeepEqual(m.lower, map[string]int{"kept": 1}) || m.names != nil {
			t.Errorf("%s: the memo changed", what)
		}
	}
	for n := range len(data) {
		check("cut short", data[:n])
	}
	for i := range data {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x20
		check("a byte changed", bad)
	}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 2000 {
		body := []byte(namesMagic)
		for range rng.IntN(40) {
			body = append(body, byte(rng.IntN(256)))
		}
		check("nonsense", binary.LittleEndian.AppendUint32(body, crc32.ChecksumIEEE(body)))
	}
}
