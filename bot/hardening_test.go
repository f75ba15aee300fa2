package bot_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/internal/fakellm"
	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/llm"
)

// longNameEngine has one speaker whose name is over 100 characters.
func longNameEngine(t *testing.T) (*rag.Engine, string) {
	t.Helper()
	fsys := fstest.MapFS{"harbour.txt": {Data: []byte("Harbour news\n\n" +
		"\"The harbour will reopen in the spring,\" the Greater Metropolitan Regional Harbour And Waterfront Redevelopment And Rebuilding Coordination Council said.\n")}}
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: fsys, CorpusName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	sp := eng.Speakers()
	if len(sp) != 1 || len([]rune(sp[0].Name)) <= 100 {
		t.Fatalf("speakers %+v", sp)
	}
	return eng, sp[0].Name
}

// Hardening item 8: autocomplete works with names of any length, and a
// chosen speaker resolves to the full name.
func TestItem8AutocompleteLongNames(t *testing.T) {
	eng, name := longNameEngine(t)
	h := start(t, eng, bot.Config{})
	h.dispatch("INTERACTION_CREATE", fakediscord.Autocomplete("801", "who-said", user, fakediscord.Option{Name: "quote", Value: "harbour", Focused: true}))
	cb := decode(t, h.waitCalls(pathIs("POST", "/interactions/801/token-801/callback"), 1)[0])
	if cb.Type != 8 || len(cb.Data.Choices) != 1 || len([]rune(cb.Data.Choices[0].Name)) > 100 {
		t.Fatalf("who-said choices %+v", cb.Data.Choices)
	}
	h.dispatch("INTERACTION_CREATE", fakediscord.Autocomplete("802", "quotes", user, fakediscord.Option{Name: "speaker", Value: "greater", Focused: true}))
	cb = decode(t, h.waitCalls(pathIs("POST", "/interactions/802/token-802/callback"), 1)[0])
	if len(cb.Data.Choices) != 1 {
		t.Fatalf("quotes choices %+v", cb.Data.Choices)
	}
	value := cb.Data.Choices[0].Value
	if len([]rune(value)) > 100 {
		t.Fatalf("value of %d characters", len([]rune(value)))
	}
	h.dispatch("INTERACTION_CREATE", fakediscord.Command("803", "quotes", user, 0, fakediscord.Option{Name: "speaker", Value: value}))
	edit := decode(t, h.waitCalls(pathIs("PATCH", "/webhooks/"+fakediscord.AppID+"/token-803/messages/@original"), 1)[0])
	if !strings.Contains(edit.Content, "The harbour will reopen") || !strings.Contains(edit.Content, name[:40]) {
		t.Errorf("quotes answer %q", edit.Content)
	}
}

// Hardening item 9: replies do not fail when the question was deleted.
func TestItem9RepliesDoNotFailIfQuestionDeleted(t *testing.T) {
	h := start(t, nil, bot.Config{})
	h.dispatch("MESSAGE_CREATE", fakediscord.Message("901", "<@"+fakediscord.BotID+"> what is the ISSG?", user, false, fakediscord.GuildID, true))
	reply := h.waitCalls(pathIs("POST", "/channels/"+fakediscord.ChannelID+"/messages"), 1)[0]
	if !strings.Contains(string(reply.Body), `"fail_if_not_exists":false`) {
		t.Errorf("reply body %s", reply.Body)
	}
}

// Hardening item 10: the typing indicator is sent before the reply and
// never after it.
func TestItem10TypingNeverAfterReply(t *testing.T) {
	h := start(t, nil, bot.Config{})
	for k := 0; k < 5; k++ { // five: the per-user limit a minute
		id := "100" + string(rune('0'+k))
		h.dispatch("MESSAGE_CREATE", fakediscord.Message(id, "<@"+fakediscord.BotID+"> who sponsored the Astana talks?", user, false, fakediscord.GuildID, true))
		h.waitCalls(pathIs("POST", "/channels/"+fakediscord.ChannelID+"/messages"), k+1)
	}
	time.Sleep(200 * time.Millisecond)
	var typing, replies int
	for _, c := range h.fake.Calls() {
		switch {
		case c.Method == "POST" && strings.HasSuffix(c.Path, "/typing"):
			typing++
			if typing != replies+1 {
				t.Fatalf("typing #%d came after reply #%d", typing, replies)
			}
		case c.Method == "POST" && strings.HasSuffix(c.Path, "/messages"):
			replies++
			if typing != replies {
				t.Fatalf("reply #%d without typing before it", replies)
			}
		}
	}
}

// Hardening item 11: SIGTERM during a slow answer finishes what it can in
// the grace period, then tells each pending answer that Parley restarts,
// and counts them; what arrives meanwhile is told the same at once.
func TestItem11ShutdownDrainsAndApologises(t *testing.T) {
	slow := httptest.NewServer(fakellm.New(fakellm.Reply{Stall: time.Minute}))
	defer slow.Close()
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: os.DirFS("../corpus"), CorpusName: "corpus",
		Generator: llm.New(llm.Config{BaseURL: slow.URL + "/v1", Model: "m"}), LLMTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	fake := fakediscord.Start()
	defer fake.Close()
	s, err := bot.NewSession("test-token", fake.URL)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(s, eng, bot.Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	b.Attach(s)
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	<-fake.Ready()
	h := &harness{fake: fake, t: t}
	h.dispatch("INTERACTION_CREATE", fakediscord.Command("1101", "ask", user, 0, fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"}))
	h.waitCalls(pathIs("POST", "/interactions/1101/token-1101/callback"), 1)
	time.Sleep(100 * time.Millisecond) // the question is with the slow LLM now

	grace, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	if cut := b.Shutdown(grace); cut != 1 {
		t.Errorf("cut %d answers, want 1", cut)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("shutdown took %s", took)
	}
	edits := h.waitCalls(pathIs("PATCH", "/webhooks/"+fakediscord.AppID+"/token-1101/messages/@original"), 1)
	if got := decode(t, edits[len(edits)-1]).Content; got != bot.RestartingText {
		t.Errorf("pending answer edited to %q", got)
	}
	// Arriving now: told at once.
	h.dispatch("INTERACTION_CREATE", fakediscord.Command("1102", "ask", user, 0, fakediscord.Option{Name: "question", Value: "What is the ISSG?"}))
	cb := decode(t, h.waitCalls(pathIs("POST", "/interactions/1102/token-1102/callback"), 1)[0])
	if cb.Type != 4 || cb.Data.Content != bot.RestartingText {
		t.Errorf("callback %+v", cb)
	}
	// The stopped answer does not edit over the apology afterwards.
	time.Sleep(300 * time.Millisecond)
	edits = h.fake.WaitFor(pathIs("PATCH", "/webhooks/"+fakediscord.AppID+"/token-1101/messages/@original"), 1, 0)
	if got := decode(t, edits[len(edits)-1]).Content; got != bot.RestartingText {
		t.Errorf("last edit %q", got)
	}
}
