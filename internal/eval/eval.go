// Package eval scores Parley against a gold set of questions (JSON lines),
// as `parley eval FILE` does.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/parleybot/parley/rag"
)

// Item is one line of a gold set.
type Item struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	Question      string   `json:"question"`
	Query         string   `json:"query"`
	Speaker       string   `json:"speaker"`
	ExpectSources []string `json:"expect_sources"`
	ExpectAny     []string `json:"expect_any"`
	ExpectSpeaker *string  `json:"expect_speaker"`
	ExpectSource  string   `json:"expect_source"`
	ExpectQuotes  []string `json:"expect_quotes"`
	// Turns are a conversation's questions (kind followup), scored on the
	// last.
	Turns []string `json:"turns"`
}

// Result is the outcome of one item.
type Result struct {
	Item
	// Scored is false for kinds this build does not serve.
	Scored bool
	Pass   bool
	// Why explains a failure.
	Why string
	// Abstained is true when an ask or followup item's answer abstained,
	// so a failure can be told apart: abstained, or answered wrongly.
	Abstained bool
}

// Engine is what the scorer asks.
type Engine interface {
	Ask(ctx context.Context, question string) (rag.Answer, error)
	AskFollowUp(ctx context.Context, history []rag.Turn, question string, onPartial func(string)) (rag.Answer, error)
	WhoSaid(ctx context.Context, text string) ([]rag.Attribution, error)
	QuotesBy(ctx context.Context, speaker string) (rag.SpeakerQuotes, error)
}

// Load reads a gold set in JSON lines; blank lines are skipped.
func Load(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var it Item
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		items = append(items, it)
	}
	return items, sc.Err()
}

// Run scores every item.
func Run(ctx context.Context, eng Engine, items []Item) ([]Result, error) {
	out := make([]Result, 0, len(items))
	for _, it := range items {
		r := Result{Item: it, Scored: true}
		var err error
		switch it.Kind {
		case "ask":
			err = scoreAsk(ctx, eng, &r)
		case "abstain":
			err = scoreAbstain(ctx, eng, &r)
		case "who_said":
			err = scoreWhoSaid(ctx, eng, &r)
		case "quotes_by":
			err = scoreQuotesBy(ctx, eng, &r)
		case "followup":
			err = scoreFollowUp(ctx, eng, &r)
		default:
			r.Scored = false
		}
		if err != nil {
			return nil, fmt.Errorf("item %s: %w", it.ID, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func scoreAsk(ctx context.Context, eng Engine, r *Result) error {
	a, err := eng.Ask(ctx, r.Question)
	if err != nil {
		return err
	}
	judgeAnswer(r, a)
	return nil
}

// scoreFollowUp asks the turns as one conversation and judges the last
// answer as an ask item.
func scoreFollowUp(ctx context.Context, eng Engine, r *Result) error {
	if len(r.Turns) == 0 {
		return fmt.Errorf("a followup item needs turns")
	}
	var history []rag.Turn
	var a rag.Answer
	for _, q := range r.Turns {
		var err error
		a, err = eng.AskFollowUp(ctx, history, q, nil)
		if err != nil {
			return err
		}
		history = append(history, rag.Turn{Question: q, Standalone: a.Standalone, Answer: a.Text})
	}
	judgeAnswer(r, a)
	if !r.Pass && a.Standalone != "" {
		r.Why += fmt.Sprintf(" (read as %q)", a.Standalone)
	}
	return nil
}

// judgeAnswer passes an answer that does not abstain, cites an expected
// source and holds an expected phrase.
func judgeAnswer(r *Result, a rag.Answer) {
	r.Abstained = a.Abstained
	switch {
	case a.Abstained:
		r.Why = "abstained: " + a.Text
	case len(r.ExpectSources) > 0 && !citesAny(a, r.ExpectSources):
		r.Why = fmt.Sprintf("cites %s, expected %s", citedSources(a), strings.Join(r.ExpectSources, " or "))
	case len(r.ExpectAny) > 0 && !containsAny(a.Text, r.ExpectAny):
		r.Why = fmt.Sprintf("answer lacks %q: %s", r.ExpectAny, a.Text)
	default:
		r.Pass = true
	}
}

func scoreAbstain(ctx context.Context, eng Engine, r *Result) error {
	a, err := eng.Ask(ctx, r.Question)
	if err != nil {
		return err
	}
	r.Pass = a.Abstained
	if !r.Pass {
		r.Why = "answered instead of abstaining: " + a.Text
	}
	return nil
}

func scoreWhoSaid(ctx context.Context, eng Engine, r *Result) error {
	ms, err := eng.WhoSaid(ctx, r.Query)
	if err != nil {
		return err
	}
	switch {
	case r.ExpectSpeaker == nil && len(ms) > 0:
		r.Why = fmt.Sprintf("named %s (%s:%d), expected nobody", ms[0].Speaker, ms[0].Source, ms[0].Line)
	case r.ExpectSpeaker == nil:
		r.Pass = true
	case len(ms) == 0:
		r.Why = "named nobody, expected " + *r.ExpectSpeaker
	case ms[0].Speaker != *r.ExpectSpeaker:
		r.Why = fmt.Sprintf("named %s first (%.2f), expected %s", ms[0].Speaker, ms[0].Score, *r.ExpectSpeaker)
	case r.ExpectSource != "" && ms[0].Source != r.ExpectSource:
		r.Why = fmt.Sprintf("cites %s, expected %s", ms[0].Source, r.ExpectSource)
	default:
		r.Pass = true
	}
	return nil
}

func scoreQuotesBy(ctx context.Context, eng Engine, r *Result) error {
	sq, err := eng.QuotesBy(ctx, r.Speaker)
	if err != nil {
		return err
	}
	if sq.Speaker == nil {
		r.Why = fmt.Sprintf("no speaker %q (suggested %v)", r.Speaker, sq.Suggestions)
		return nil
	}
	var missing []string
	for _, want := range r.ExpectQuotes {
		found := false
		for _, q := range sq.Quotes {
			found = found || strings.Contains(fold(q.Quote), fold(want))
		}
		if !found {
			missing = append(missing, want)
		}
	}
	r.Pass = len(missing) == 0
	if !r.Pass {
		r.Why = fmt.Sprintf("%s's %d quotations lack %q", *sq.Speaker, len(sq.Quotes), missing)
	}
	return nil
}

// fold makes quotation marks, apostrophes and case comparable.
func fold(s string) string {
	return strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s))
}

func citesAny(a rag.Answer, sources []string) bool {
	for _, c := range a.Citations {
		for _, s := range sources {
			if c.Source == s {
				return true
			}
		}
	}
	return false
}

func citedSources(a rag.Answer) string {
	var s []string
	for _, c := range a.Citations {
		s = append(s, c.Source)
	}
	if len(s) == 0 {
		return "nothing"
	}
	return strings.Join(s, ", ")
}

func containsAny(text string, want []string) bool {
	lt := strings.ToLower(text)
	for _, w := range want {
		if strings.Contains(lt, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// Failed counts the scored items that failed.
func Failed(results []Result) int {
	n := 0
	for _, r := range results {
		if r.Scored && !r.Pass {
			n++
		}
	}
	return n
}

// writeAnswered splits the answerable items (ask, followup) into those
// answered right, answered wrongly, and abstained on.
func writeAnswered(w io.Writer, results []Result) {
	var right, wrong, abstained int
	for _, r := range results {
		if !r.Scored || r.Kind != "ask" && r.Kind != "followup" {
			continue
		}
		switch {
		case r.Pass:
			right++
		case r.Abstained:
			abstained++
		default:
			wrong++
		}
	}
	n := right + wrong + abstained
	if n == 0 {
		return
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	fmt.Fprintf(w, "\nanswerable %d: right %d (%.1f%%), answered wrongly %d (%.1f%%), abstained %d (%.1f%%)\n",
		n, right, pct(right), wrong, pct(wrong), abstained, pct(abstained))
}

// WriteReport prints a per-kind score table, then the failing items.
func WriteReport(w io.Writer, results []Result) {
	type tally struct{ pass, total, skipped int }
	kinds := map[string]*tally{}
	for _, r := range results {
		t := kinds[r.Kind]
		if t == nil {
			t = &tally{}
			kinds[r.Kind] = t
		}
		if !r.Scored {
			t.skipped++
			continue
		}
		t.total++
		if r.Pass {
			t.pass++
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tpassed\ttotal\tscore")
	var pass, total int
	for _, k := range names {
		t := kinds[k]
		if t.total == 0 {
			fmt.Fprintf(tw, "%s\t-\t-\tnot scored (%d items)\n", k, t.skipped)
			continue
		}
		pass += t.pass
		total += t.total
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\n", k, t.pass, t.total, float64(t.pass)/float64(t.total))
	}
	if total > 0 {
		fmt.Fprintf(tw, "all scored\t%d\t%d\t%.2f\n", pass, total, float64(pass)/float64(total))
	}
	tw.Flush()
	writeAnswered(w, results)
	if Failed(results) == 0 {
		fmt.Fprintln(w, "\nNo failures.")
		return
	}
	fmt.Fprintln(w, "\nFailures:")
	for _, r := range results {
		if r.Scored && !r.Pass {
			fmt.Fprintf(w, "- %s (%s): %s\n", r.ID, r.Kind, r.Why)
		}
	}
}
