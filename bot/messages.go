package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/rag"
)

// mentionRe matches user, role and channel mentions in message text.
var mentionRe = regexp.MustCompile(`<(?:@[!&]?|#)\d+>`)

// onMessage answers a mention in a channel, or any message in a DM, as a
// reply to it. Bots, Parley included, are ignored.
func (b *Bot) onMessage(m *discordgo.Message) {
	defer b.recover("message", nil)
	if !b.begin() {
		return // shutting down; a mention now is better unanswered than cut
	}
	defer b.end()
	self := b.selfID()
	if m.Author == nil || m.Author.Bot || m.Author.ID == self {
		return
	}
	isDM := m.GuildID == ""
	if !isDM {
		mentioned := false
		for _, u := range m.Mentions {
			mentioned = mentioned || (u != nil && u.ID == self)
		}
		if !mentioned || !b.channelAllowed(m.ChannelID) {
			return
		}
	}
	q := strings.TrimSpace(mentionRe.ReplaceAllString(m.Content, " "))
	command, outcome, start := "mention", "answered", time.Now()
	if isDM {
		command = "dm"
	}
	defer func() { b.observe(m.ID, command, outcome, start, q) }()
	if q == "" {
		outcome = "bad_input"
		b.reply(m, []string{"Ask me a question about " + EscapeMarkdown(b.cfg.Description) + ", or try /help."}, nil)
		return
	}
	if ok, wait := b.limits.allow(m.Author.ID, time.Now()); !ok {
		outcome = "rate_limited"
		b.cfg.Observer.RateLimited()
		b.reply(m, []string{fmt.Sprintf("You're asking quickly. Please try again in %d s.", int(wait.Seconds())+1)}, nil)
		return
	}
	if rag.IsHelpRequest(q) {
		command = "help"
		b.reply(m, []string{helpText(b.cfg.Description)}, nil)
		return
	}
	ctx, cancel := context.WithTimeout(rag.WithRequestID(b.work, m.ID), b.cfg.Deadline)
	defer cancel()
	// Typing shows before any work, and stops before the reply is sent,
	// so "Parley is typing…" never outlives the answer.
	stopTyping := b.typing(ctx, m.ChannelID)
	defer stopTyping()
	reply := func(parts []string, comps []discordgo.MessageComponent) {
		stopTyping()
		b.reply(m, parts, comps)
	}
	release, err := b.acquire(ctx)
	if err != nil {
		outcome = "busy"
		reply([]string{"I'm busy with other questions right now. Please try again in a minute."}, nil)
		return
	}
	defer release()

	if quotation, ok := rag.WhoSaidQuery(q); ok {
		command = command + "-who-said"
		text, found, err := b.whoSaid(ctx, quotation)
		if err != nil {
			outcome = errorOutcome(err)
			reply([]string{b.polite(err)}, nil)
			return
		}
		if !found {
			outcome = "no_match"
		}
		reply(SplitMessage(text, MessageLimit), nil)
		return
	}
	// A reply to one of Parley's answers continues that conversation; the
	// chain of replies above it is the history.
	history, _ := b.conversation(m)
	if len(history) > 0 {
		command += "-followup"
	}
	a, err := b.eng.AskFollowUp(ctx, history, q, nil)
	if err != nil {
		outcome = errorOutcome(err)
		reply([]string{b.polite(err)}, nil)
		return
	}
	outcome = outcomeOf(a)
	var comps []discordgo.MessageComponent
	if len(a.Citations) > 0 {
		comps = sourcesButton()
	}
	reply(answerMessages(a), comps)
}

// errorOutcome names a failed question's outcome: the user's input, or ours.
func errorOutcome(err error) string {
	var ie *rag.InputError
	if errors.As(err, &ie) {
		return "bad_input"
	}
	return "error"
}

// typing shows the typing indicator until stopped (Discord shows it for
// about ten seconds a call). The first call is made before it returns, and
// stop waits until no further call can be made; stop may be called twice.
func (b *Bot) typing(ctx context.Context, channelID string) (stop func()) {
	if err := b.dg.ChannelTyping(channelID); err != nil {
		b.log.Debug("typing indicator failed", "err", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(8 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := b.dg.ChannelTyping(channelID); err != nil {
					b.log.Debug("typing indicator failed", "err", err)
				}
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// reply sends parts as a reply to m (the first refers to it), with
// components on the last part and no mentions parsed.
func (b *Bot) reply(m *discordgo.Message, parts []string, components []discordgo.MessageComponent) {
	for k, p := range parts {
		send := &discordgo.MessageSend{Content: p, AllowedMentions: noMentions()}
		if k == 0 {
			// If the question is deleted before the answer is ready, the
			// answer still goes to the channel, not nowhere.
			ref := m.Reference()
			keep := false
			ref.FailIfNotExists = &keep
			send.Reference = ref
		}
		if k == len(parts)-1 {
			send.Components = components
		}
		sent, err := b.dg.ChannelMessageSendComplex(m.ChannelID, send)
		if err == nil {
			b.cache.put(sent)
		}
		if err != nil {
			b.log.Warn("replying failed", "err", err)
			return
		}
	}
}
