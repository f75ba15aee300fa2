package bot

import (
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/rag"
)

// The conversation of a message is the chain of Discord replies above it:
// nothing is kept per conversation, so any number of Parley processes can
// serve one. Links missing from the event are fetched, at most
// 2×rag.MaxTurns messages up, through a small cache; a deleted message
// ends the chain.

// messageCache keeps recently seen messages by ID, for chains.
type messageCache struct {
	mu    sync.Mutex
	byID  map[string]*discordgo.Message
	order []string
}

// cacheSize bounds the cache: a few hundred recent messages.
const cacheSize = 512

func (c *messageCache) get(id string) (*discordgo.Message, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.byID[id]
	return m, ok
}

func (c *messageCache) put(m *discordgo.Message) {
	if m == nil || m.ID == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byID == nil {
		c.byID = map[string]*discordgo.Message{}
	}
	if _, ok := c.byID[m.ID]; !ok {
		c.order = append(c.order, m.ID)
	}
	c.byID[m.ID] = m
	for len(c.order) > cacheSize {
		delete(c.byID, c.order[0])
		c.order = c.order[1:]
	}
}

// parent returns the message m replies to: from the event, the cache, or
// Discord; nil when there is none or it was deleted.
func (b *Bot) parent(m *discordgo.Message, channelID string) *discordgo.Message {
	if m.MessageReference == nil || m.MessageReference.MessageID == "" {
		return nil
	}
	if m.ReferencedMessage != nil {
		b.cache.put(m.ReferencedMessage)
		return m.ReferencedMessage
	}
	id := m.MessageReference.MessageID
	if p, ok := b.cache.get(id); ok {
		return p
	}
	ch := m.MessageReference.ChannelID
	if ch == "" {
		ch = m.ChannelID
	}
	if ch == "" {
		ch = channelID // a message given whole inside another lacks it
	}
	if !b.hasToken() {
		return nil // reading a message takes a bot token
	}
	p, err := b.dg.ChannelMessage(ch, id)
	if err != nil {
		b.log.Debug("a message of a reply chain is gone; the chain ends there", "message_id", id, "err", err)
		return nil
	}
	b.cache.put(p)
	return p
}

// conversation rebuilds the turns above m from its reply chain, oldest
// first: each of Parley's answers with the question it answered (the
// message it replied to, or the "> question" line of a slash command's
// answer). It reports whether m replies to Parley at all.
func (b *Bot) conversation(m *discordgo.Message) (turns []rag.Turn, repliesToParley bool) {
	self := b.selfID()
	cur := b.parent(m, m.ChannelID)
	repliesToParley = cur != nil && cur.Author != nil && cur.Author.ID == self
	for steps := 0; cur != nil && len(turns) < rag.MaxTurns && steps < 2*rag.MaxTurns; steps++ {
		if cur.Author == nil || cur.Author.ID != self {
			break // the chain left Parley's answers
		}
		answer, question, standalone := answerOf(cur.Content)
		q := b.parent(cur, m.ChannelID)
		if question == "" && q != nil {
			question = b.questionText(q.Content)
		}
		if question == "" {
			break
		}
		turns = append(turns, rag.Turn{Question: question, Standalone: standalone, Answer: answer})
		if q == nil {
			break
		}
		cur = b.parent(q, m.ChannelID)
	}
	for i, j := 0, len(turns)-1; i < j; i, j = i+1, j-1 {
		turns[i], turns[j] = turns[j], turns[i]
	}
	return turns, repliesToParley
}

// answerOf splits one of Parley's messages into its answer, the question
// it shows ("> question" first line, from /ask) and the standalone
// question it shows ("Answering: …"), dropping the sources line.
func answerOf(content string) (answer, question, standalone string) {
	var keep []string
	for i, line := range strings.Split(content, "\n") {
		switch {
		case i == 0 && strings.HasPrefix(line, "> "):
			question = unescape(strings.TrimPrefix(line, "> "))
		case strings.HasPrefix(line, answeringPrefix):
			standalone = unescape(strings.TrimPrefix(line, answeringPrefix))
		case strings.HasPrefix(line, sourcesPrefix):
		default:
			keep = append(keep, line)
		}
	}
	return unescape(strings.Join(keep, "\n")), question, standalone
}

// questionText is a user's message as a question: mentions taken off.
func (b *Bot) questionText(content string) string {
	return strings.TrimSpace(mentionRe.ReplaceAllString(content, " "))
}

// unescape undoes EscapeMarkdown's backslashes, for reading Parley's own
// messages back.
func unescape(s string) string {
	var out strings.Builder
	esc := false
	for _, r := range s {
		if r == '\\' && !esc {
			esc = true
			continue
		}
		esc = false
		out.WriteRune(r)
	}
	return out.String()
}
