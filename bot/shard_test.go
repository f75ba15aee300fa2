package bot_test

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/internal/fakediscord"
)

// Two shards of one bot against the fake Discord: each identifies with its
// [id, count], commands are registered once (by shard 0), and an event of
// either shard is answered once, never twice.
func TestTwoShards(t *testing.T) {
	fake := fakediscord.Start()
	defer fake.Close()
	var sessions []*bot.ShardSession
	for id := 0; id < 2; id++ {
		s, err := bot.NewShardSession("test-token", fake.URL, id, 2)
		if err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, s)
	}
	b := bot.New(sessions[0].Session, sharedEngine(t), bot.Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, s := range sessions {
		b.Attach(s.Session)
		if err := s.Open(); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
	}
	shards, err := fake.WaitShards(2, wait)
	if err != nil {
		t.Fatal(err)
	}
	for id, sh := range shards {
		if sh != [2]int{id, 2} {
			t.Errorf("shard %d identified as %v", id, sh)
		}
	}
	h := &harness{fake: fake, t: t}
	h.waitCalls(func(c fakediscord.Call) bool { return c.Method == "PUT" }, 1)
	for id, iid := range []string{"4001", "4002"} {
		if err := fake.DispatchTo(id, "INTERACTION_CREATE", fakediscord.Command(iid, "help", user, 0)); err != nil {
			t.Fatal(err)
		}
		h.waitCalls(pathIs("POST", "/interactions/"+iid+"/token-"+iid+"/callback"), 1)
	}
	time.Sleep(300 * time.Millisecond)
	puts, callbacks := 0, map[string]int{}
	for _, c := range fake.Calls() {
		if c.Method == "PUT" {
			puts++
		}
		if strings.HasSuffix(c.Path, "/callback") {
			callbacks[c.Path]++
		}
	}
	if puts != 1 {
		t.Errorf("commands registered %d times", puts)
	}
	for p, n := range callbacks {
		if n != 1 {
			t.Errorf("%s answered %d times", p, n)
		}
	}
	if !b.Connected() || len(b.Shards()) != 2 {
		t.Errorf("shards %+v", b.Shards())
	}
}
