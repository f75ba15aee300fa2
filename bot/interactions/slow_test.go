package interactions_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/rag"
)

// slowEngine takes 3 seconds for everything an interaction may ask of
// it: more than the endpoint's 2.5 s wait.
type slowEngine struct{ bot.Engine }

const slow = 3 * time.Second

func (e slowEngine) AskStream(ctx context.Context, q string, onPartial func(string)) (rag.Answer, error) {
	time.Sleep(slow)
	return e.Engine.AskStream(ctx, q, onPartial)
}

func (e slowEngine) SpeakerSuggestions(typed string, n int) []rag.Speaker {
	time.Sleep(slow)
	return e.Engine.SpeakerSuggestions(typed, n)
}

func (e slowEngine) Document(source string) (rag.Document, bool) {
	time.Sleep(slow)
	return e.Engine.Document(source)
}

// Hardening round two, item 6: a handler slower than the endpoint's wait
// is acknowledged once. A command and a button get a deferral, private
// where asked, and their answer edits it; an autocomplete answers empty
// choices in time. Nothing goes to the callback route afterwards.
func TestItem6SlowHandlersAcknowledgedOnce(t *testing.T) {
	d := newDriverWith(t, func(e bot.Engine) bot.Engine { return slowEngine{e} })
	user := "400000000000000001"
	tests := []struct {
		name    string
		ev      map[string]any
		typ     int
		private bool
		edits   bool
	}{
		{"private /ask", fakediscord.Command("3201", "ask", user, 0,
			fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"}, fakediscord.Option{Name: "private", Value: true}), 5, true, true},
		{"public /ask", fakediscord.Command("3202", "ask", user, 0,
			fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"}), 5, false, true},
		{"sources button", fakediscord.Button("3203", "parley:sources", user,
			"Russia, Iran and Turkey [1]\nSources: [1] 003_b263529037173a86.txt:5"), 5, true, true},
		{"autocomplete", fakediscord.Autocomplete("3204", "quotes", user,
			fakediscord.Option{Name: "speaker", Value: "ker", Focused: true}), 8, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			code, body := d.post(jsonOf(tt.ev), time.Time{}, true)
			if took := time.Since(start); took > 2900*time.Millisecond {
				t.Errorf("the HTTP reply took %s, past Discord's 3 s", took)
			}
			var resp struct {
				Type int `json:"type"`
				Data struct {
					Flags   int   `json:"flags"`
					Choices []any `json:"choices"`
				} `json:"data"`
			}
			if code != 200 || json.Unmarshal(body, &resp) != nil || resp.Type != tt.typ {
				t.Fatalf("HTTP reply %d %s, want type %d", code, body, tt.typ)
			}
			if private := resp.Data.Flags&64 != 0; private != tt.private {
				t.Errorf("deferral private=%v, want %v: %s", private, tt.private, body)
			}
			id := tt.ev["id"].(string)
			if tt.edits {
				edits := d.fake.WaitFor(func(c fakediscord.Call) bool {
					return c.Method == "PATCH" && strings.Contains(c.Path, "/token-"+id+"/messages/@original")
				}, 1, 10*time.Second)
				if len(edits) == 0 {
					t.Fatal("the answer never edited the deferred reply")
				}
			} else {
				time.Sleep(slow) // let the handler finish
			}
			for _, c := range d.fake.Calls() {
				if strings.Contains(c.Path, "/interactions/"+id+"/") {
					t.Errorf("a second acknowledgement: %s %s %s", c.Method, c.Path, c.Body)
				}
			}
		})
	}
}

// Hardening round two, item 7: with no bot token, webhook requests carry no
// Authorization header, no bot-token route is called, and a 👎 form
// submitted without its message keeps the vote.
func TestItem7HTTPOnlyUsesNoToken(t *testing.T) {
	d := newDriver(t)
	ev := fakediscord.ModalSubmit("3301", "parley:vote:why:500000000000000001:600000000000000001", "parley:vote:comment", "wrong date", "400000000000000001", "", "")
	delete(ev, "message")
	code, body := d.post(jsonOf(ev), time.Time{}, true)
	if code != 200 || !strings.Contains(string(body), "Thanks for telling me") {
		t.Fatalf("form: %d %s", code, body)
	}
	ask := fakediscord.Command("3302", "ask", "400000000000000001", 0, fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"})
	d.post(jsonOf(ask), time.Time{}, true)
	d.fake.WaitFor(func(c fakediscord.Call) bool { return c.Method == "PATCH" }, 1, 10*time.Second)
	for _, c := range d.fake.Calls() {
		if strings.HasPrefix(c.Path, "/api/v9/channels/") {
			t.Errorf("a bot-token route called: %s %s", c.Method, c.Path)
		}
		if c.Authorization != "" {
			t.Errorf("%s %s carries Authorization %q", c.Method, c.Path, c.Authorization)
		}
	}
}
