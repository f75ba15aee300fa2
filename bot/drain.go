package bot

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// RestartingText answers what arrives while Parley shuts down, and edits
// the answers still pending when the grace period ends.
const RestartingText = "Parley is restarting; please ask again in a moment."

// Draining reports whether the bot is shutting down.
func (b *Bot) Draining() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.draining
}

// begin counts one piece of work in flight; it reports false, counting
// nothing, once the bot drains.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.draining {
		return false
	}
	b.inflight++
	return true
}

// end counts one piece of work done.
func (b *Bot) end() {
	b.mu.Lock()
	b.inflight--
	b.mu.Unlock()
}

// track remembers a deferred interaction until its answer is given.
func (b *Bot) track(i *discordgo.Interaction) {
	b.mu.Lock()
	b.pending[i.ID] = i
	b.mu.Unlock()
}

// claim takes a deferred interaction for answering; only the first claim
// wins, so an answer and the shutdown apology never both edit it.
func (b *Bot) claim(i *discordgo.Interaction) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.pending[i.ID]; !ok {
		return !b.drained // never deferred: answer unless already shut down
	}
	delete(b.pending, i.ID)
	return true
}

// stillPending reports whether a deferred interaction awaits its answer.
func (b *Bot) stillPending(i *discordgo.Interaction) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.pending[i.ID]
	return ok
}

// Shutdown drains the bot: it takes no new work (what arrives gets
// RestartingText), waits for the answers in flight until ctx ends (the
// grace period), then stops the rest and edits each answer still pending
// with RestartingText. It returns how many answers were cut.
func (b *Bot) Shutdown(ctx context.Context) int {
	b.mu.Lock()
	b.draining = true
	b.mu.Unlock()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		b.mu.Lock()
		n := b.inflight
		b.mu.Unlock()
		if n == 0 {
			break
		}
		select {
		case <-ctx.Done():
		case <-t.C:
			continue
		}
		break
	}
	b.mu.Lock()
	b.drained = true
	cut := make([]*discordgo.Interaction, 0, len(b.pending))
	for id, i := range b.pending {
		cut = append(cut, i)
		delete(b.pending, id)
	}
	b.mu.Unlock()
	b.stopWork()
	msg := RestartingText
	for _, i := range cut {
		if _, err := b.dg.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &msg, AllowedMentions: noMentions()}); err != nil {
			b.log.Warn("telling a pending answer that Parley restarts failed", "err", err)
		}
	}
	if len(cut) > 0 {
		b.log.Warn("shut down with answers still pending; they were told to ask again", "cut", len(cut))
	}
	return len(cut)
}
