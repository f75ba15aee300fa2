package feedback

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestAppendReadAndChangedVotes(t *testing.T) {
	dir := t.TempDir()
	l := NewLog(dir)
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	must := func(v Vote) {
		t.Helper()
		if err := l.Append(v); err != nil {
			t.Fatal(err)
		}
	}
	must(Vote{At: at, AnswerID: "a1", User: "u1", Vote: Up, Question: "q1", Answer: "x"})
	must(Vote{At: at.Add(time.Second), AnswerID: "a1", User: "u2", Vote: Down, Comment: "wrong year", Question: "q1"})
	must(Vote{At: at.Add(2 * time.Second), AnswerID: "a1", User: "u1", Vote: Down, Question: "q1"}) // u1 changes the vote
	// A line cut by a crash is skipped.
	f, _ := os.OpenFile(filepath.Join(dir, FileName), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"at":"2026-01-01T00:00:03Z","answer_id":"a2","us`)
	f.Close()
	votes, err := Read(l.Path())
	if err != nil {
		t.Fatal(err)
	}
	// One vote each, by the time of the latest: u2's, then u1's changed one.
	if len(votes) != 2 || votes[0].Comment != "wrong year" || votes[1].User != "u1" || votes[1].Vote != Down {
		t.Fatalf("votes %+v", votes)
	}
	items := EvalItems(votes)
	if len(items) != 2 || items[0].Kind != "ask" || items[0].Question != "q1" {
		t.Errorf("items %+v", items)
	}
	if v, err := Read(filepath.Join(dir, "none.jsonl")); v != nil || err != nil {
		t.Errorf("no file: %v %v", v, err)
	}
}

// Concurrent votes make whole lines, one each.
func TestConcurrentAppendsAreWholeLines(t *testing.T) {
	l := NewLog(t.TempDir())
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Append(Vote{AnswerID: "a", User: string(rune('A'+i%26)) + string(rune('a'+i/26)), Vote: Up, Answer: string(make([]byte, 2000))})
		}(i)
	}
	wg.Wait()
	votes, err := Read(l.Path())
	if err != nil || len(votes) != 50 {
		t.Errorf("%d votes, %v", len(votes), err)
	}
}
