// Package feedback keeps people's votes on Parley's answers in an
// append-only JSON-lines file, feedback.jsonl in the data dir, and reads
// them back for `parley feedback`.
package feedback

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// FileName is the log's name in the data dir.
const FileName = "feedback.jsonl"

// Votes.
const (
	Up   = "up"
	Down = "down"
)

// Vote is one person's vote on one answer.
type Vote struct {
	At time.Time `json:"at"`
	// AnswerID is the Discord message the vote is on; User who voted.
	AnswerID string `json:"answer_id"`
	User     string `json:"user"`
	// RequestID is the vote's interaction.
	RequestID string `json:"request_id"`
	// Vote is Up or Down; Comment what the voter wrote (on Down).
	Vote    string `json:"vote"`
	Comment string `json:"comment,omitempty"`
	// Question, Standalone, Answer and Citations are what was voted on.
	Question   string   `json:"question"`
	Standalone string   `json:"standalone_question,omitempty"`
	Answer     string   `json:"answer"`
	Citations  []string `json:"citations,omitempty"`
}

// Log appends votes to a file. It is safe for concurrent use.
type Log struct {
	mu   sync.Mutex
	path string
}

// NewLog appends to FileName in dir.
func NewLog(dir string) *Log { return &Log{path: filepath.Join(dir, FileName)} }

// Path is the log file's path.
func (l *Log) Path() string { return l.path }

// Append adds one vote as one line, written in a single write to a file
// opened for appending and synced, so a crash leaves whole lines (a line
// cut by a crash mid-write is skipped when read).
func (l *Log) Append(v Vote) error {
	line, err := json.Marshal(v)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
		return fmt.Errorf("saving feedback in %s: %w", l.path, err)
	}
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("saving feedback in %s: %w", l.path, err)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return fmt.Errorf("saving feedback in %s: %w", l.path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("saving feedback in %s: %w", l.path, err)
	}
	return f.Close()
}

// Read returns the votes in the file, one per person and answer (a later
// click changes the vote), oldest first; no file means no votes.
func Read(path string) ([]Vote, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	latest := map[[2]string]int{}
	var votes []Vote
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for sc.Scan() {
		var v Vote
		if json.Unmarshal(sc.Bytes(), &v) != nil || v.Vote == "" {
			continue // a line cut short
		}
		key := [2]string{v.AnswerID, v.User}
		if i, ok := latest[key]; ok {
			votes[i] = v
			continue
		}
		latest[key] = len(votes)
		votes = append(votes, v)
	}
	sort.SliceStable(votes, func(i, j int) bool { return votes[i].At.Before(votes[j].At) })
	return votes, sc.Err()
}

// EvalItem is a gold-set line for `parley eval`, to fill in by hand.
type EvalItem struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	Question      string   `json:"question"`
	ExpectAny     []string `json:"expect_any"`
	ExpectSources []string `json:"expect_sources"`
	// Note says what to fill in, with the voter's comment.
	Note string `json:"note"`
}

// EvalItems turns the 👎 votes into eval items with empty expectations.
func EvalItems(votes []Vote) []EvalItem {
	var out []EvalItem
	for _, v := range votes {
		if v.Vote != Down {
			continue
		}
		q := v.Standalone
		if q == "" {
			q = v.Question
		}
		out = append(out, EvalItem{
			ID: "feedback-" + v.AnswerID, Kind: "ask", Question: q,
			ExpectAny: []string{}, ExpectSources: []string{},
			Note: "fill in expect_any and expect_sources; the voter said: " + v.Comment,
		})
	}
	return out
}
