package bot_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/internal/feedback"
)

// postedReplies waits for n messages Parley posted in the channel and
// decodes them.
func postedReplies(h *harness, n int) []map[string]any {
	h.t.Helper()
	calls := h.waitCalls(pathIs("POST", "/channels/"+fakediscord.ChannelID+"/messages"), n)
	var out []map[string]any
	for _, c := range calls {
		var m map[string]any
		json.Unmarshal(c.Body, &m)
		out = append(out, m)
	}
	return out
}

// botMessage is a message Parley posted, as Discord would return it
// to a reply (its ID is not in the request body, so the test gives one).
func botMessage(id, content, replyTo string) map[string]any {
	m := fakediscord.Message(id, content, fakediscord.BotID, true, fakediscord.GuildID, false)
	if replyTo != "" {
		m["message_reference"] = map[string]any{"message_id": replyTo, "channel_id": fakediscord.ChannelID}
	}
	return m
}

// A reply chain of three turns: ask, answer, a reply to the answer
// ("What did he say?"), and a reply to that answer ("and who sponsored the
// talks?"): each is answered in the conversation, showing how it was read.
func TestReplyChainOfThreeTurns(t *testing.T) {
	h := start(t, nil, bot.Config{})
	q1 := fakediscord.Message("2001", "<@"+fakediscord.BotID+"> Who is Russia's main negotiator at the Astana talks?", user, false, fakediscord.GuildID, true)
	h.dispatch("MESSAGE_CREATE", q1)
	a1 := postedReplies(h, 1)[0]
	if !strings.Contains(a1["content"].(string), "Lavrentyev") {
		t.Fatalf("first answer %v", a1["content"])
	}
	// The user replies to the answer, which Discord includes whole.
	ans1 := botMessage("2002", a1["content"].(string), "2001")
	h.dispatch("MESSAGE_CREATE", fakediscord.Reply("2003", "<@"+fakediscord.BotID+"> What did he say?", user, fakediscord.GuildID, true, "2002", ans1))
	a2 := postedReplies(h, 2)[1]
	c2 := a2["content"].(string)
	if !strings.HasPrefix(c2, "Answering: What did Aleksandr Lavrentyev say?") || !strings.Contains(c2, "not clear whether delegations") {
		t.Fatalf("second answer %q", c2)
	}
	// A reply to that answer, with only the reference: the chain is
	// fetched from Discord (the answer was posted; the fake keeps it).
	ans2 := botMessage("2004", c2, "2003")
	h.fake.Dispatch("MESSAGE_CREATE", ans2) // as Discord echoes the bot's own message; Parley ignores it
	h.dispatch("MESSAGE_CREATE", fakediscord.Reply("2005", "<@"+fakediscord.BotID+"> where did he say it?", user, fakediscord.GuildID, true, "2004", nil))
	a3 := postedReplies(h, 3)[2]
	if c3 := a3["content"].(string); !strings.HasPrefix(c3, "Answering: Where did Aleksandr Lavrentyev say") {
		t.Errorf("third answer %q", c3)
	}
}

// A reply to a /ask answer: the answer shows its question ("> …"), so the
// reply has the conversation too.
func TestReplyToSlashCommandAnswer(t *testing.T) {
	h := start(t, nil, bot.Config{})
	h.dispatch("INTERACTION_CREATE", fakediscord.Command("2101", "ask", user, 0, fakediscord.Option{Name: "question", Value: "Who is the president of the Syrian National Council?"}))
	edit := decode(t, h.waitCalls(pathIs("PATCH", "/webhooks/"+fakediscord.AppID+"/token-2101/messages/@original"), 1)[0])
	if !strings.HasPrefix(edit.Content, "> Who is the president of the Syrian National Council?\n") {
		t.Fatalf("answer %q does not show its question", edit.Content)
	}
	ans := botMessage("2102", edit.Content, "")
	h.dispatch("MESSAGE_CREATE", fakediscord.Reply("2103", "<@"+fakediscord.BotID+"> what did he tell AFP?", user, fakediscord.GuildID, true, "2102", ans))
	a := postedReplies(h, 1)[0]
	if c := a["content"].(string); !strings.HasPrefix(c, "Answering: What did George Sabra tell AFP?") {
		t.Errorf("answer %q", c)
	}
}

// A reply whose parent was deleted: the chain ends there, not in an error;
// the question is answered on its own.
func TestReplyWhoseParentWasDeleted(t *testing.T) {
	h := start(t, nil, bot.Config{})
	h.dispatch("MESSAGE_CREATE", fakediscord.Reply("2201", "<@"+fakediscord.BotID+"> who sponsored the Astana talks?", user, fakediscord.GuildID, true, "2199", nil))
	a := postedReplies(h, 1)[0]
	if c := a["content"].(string); !strings.Contains(c, "Iran") || strings.HasPrefix(c, "Answering:") {
		t.Errorf("answer %q", c)
	}
	// Parley asked Discord for the parent, and took the 404 in its stride.
	if got := h.fake.WaitFor(pathIs("GET", "/channels/"+fakediscord.ChannelID+"/messages/2199"), 1, 0); len(got) != 1 {
		t.Errorf("the parent was not looked up")
	}
}

// A vote, and a changed vote: 👍 is thanked privately and kept; 👎 opens
// the "what was wrong?" form, whose answer replaces the first vote.
func TestVoteAndChangedVote(t *testing.T) {
	dir := t.TempDir()
	log := feedback.NewLog(dir)
	h := start(t, nil, bot.Config{Feedback: log})
	answer := "> Who sponsored the Astana talks?\nSponsors Russia, Iran, and Turkey are looking to goad the sides closer… [1]\nSources: [1] 003_b263529037173a86.txt:5"
	h.dispatch("INTERACTION_CREATE", fakediscord.Button("2301", "parley:vote:up", user, answer))
	cb := decode(t, h.waitCalls(pathIs("POST", "/interactions/2301/token-2301/callback"), 1)[0])
	if cb.Type != 4 || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "Thanks") {
		t.Fatalf("👍 callback %+v", cb)
	}
	h.dispatch("INTERACTION_CREATE", fakediscord.Button("2302", "parley:vote:down", user, answer))
	modal := h.waitCalls(pathIs("POST", "/interactions/2302/token-2302/callback"), 1)[0]
	if !strings.Contains(string(modal.Body), `"type":9`) || !strings.Contains(string(modal.Body), "parley:vote:comment") {
		t.Fatalf("👎 did not open the form: %s", modal.Body)
	}
	var m struct {
		Data struct {
			CustomID string `json:"custom_id"`
		} `json:"data"`
	}
	json.Unmarshal(modal.Body, &m)
	h.dispatch("INTERACTION_CREATE", fakediscord.ModalSubmit("2303", m.Data.CustomID, "parley:vote:comment", "It leaves out the dates", user, "msg-2301", answer))
	cb = decode(t, h.waitCalls(pathIs("POST", "/interactions/2303/token-2303/callback"), 1)[0])
	if cb.Type != 4 || cb.Data.Flags != 64 {
		t.Fatalf("form callback %+v", cb)
	}
	votes, err := feedback.Read(log.Path())
	if err != nil || len(votes) != 1 {
		t.Fatalf("votes %+v, %v", votes, err)
	}
	v := votes[0]
	if v.Vote != feedback.Down || v.Comment != "It leaves out the dates" || v.Question != "Who sponsored the Astana talks?" ||
		!strings.HasPrefix(v.Answer, "Sponsors Russia") || len(v.Citations) != 1 || v.User != user {
		t.Errorf("vote %+v", v)
	}
}
