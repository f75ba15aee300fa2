package bot

import (
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// respondRouter sends the first response of an interaction that came by
// the HTTP endpoint into its HTTP reply, and every other call to Discord's
// REST API. One code path decides the answer; only the transport differs.
type respondRouter struct {
	Discord
	mu sync.Mutex
	// http holds the interactions that came by the endpoint and have not
	// given their first response yet.
	http map[string]*pendingHTTP
}

// pendingHTTP is an interaction waiting for its first response: sent into
// the HTTP reply, or, once the endpoint answered for it, turned into what
// may follow that answer.
type pendingHTTP struct {
	ch chan *discordgo.InteractionResponse
	// answered is true once the endpoint sent its own first response: a
	// deferral, or empty choices for an autocomplete.
	answered bool
}

// InteractionRespond implements Discord.
func (r *respondRouter) InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error {
	r.mu.Lock()
	p, ok := r.http[i.ID]
	if ok {
		delete(r.http, i.ID)
	}
	r.mu.Unlock()
	switch {
	case !ok:
		return r.Discord.InteractionRespond(i, resp, options...)
	case !p.answered:
		p.ch <- resp
		return nil
	}
	// The endpoint answered first: the interaction is acknowledged, so a
	// message becomes an edit of the deferred reply (whose flags, set when
	// it was deferred, keep it private or not), and a deferral or late
	// autocomplete choices are dropped.
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage:
		edit := &discordgo.WebhookEdit{AllowedMentions: noMentions()}
		if d := resp.Data; d != nil {
			edit.Content, edit.Components, edit.Embeds = &d.Content, &d.Components, &d.Embeds
		}
		_, err := r.Discord.InteractionResponseEdit(i, edit, options...)
		return err
	case discordgo.InteractionResponseModal:
		msg := "That took me too long to open the form. Please click again."
		_, err := r.Discord.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &msg, AllowedMentions: noMentions()}, options...)
		return err
	}
	return nil
}

// HandleHTTP answers an interaction that came by the HTTP endpoint with the
// gateway's handlers, and returns its first response for the HTTP reply;
// nil when the bot began to shut down before it could take the work, so
// that a load balancer gives it to another replica.
// A handler that has not responded within wait is answered for: an
// autocomplete with no choices (it may not be deferred), anything else
// with a deferral (a thinking state), private when the interaction asks
// for privacy; the handler's answer then edits the deferred reply.
func (b *Bot) HandleHTTP(i *discordgo.Interaction, wait time.Duration) *discordgo.InteractionResponse {
	p := &pendingHTTP{ch: make(chan *discordgo.InteractionResponse, 1)}
	b.router.mu.Lock()
	b.router.http[i.ID] = p
	b.router.mu.Unlock()
	go b.onInteraction(i)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case resp := <-p.ch:
		if b.Draining() && isRestarting(resp) {
			return nil // another replica can answer it: the endpoint says 503
		}
		return resp
	case <-t.C:
	}
	b.router.mu.Lock()
	if _, still := b.router.http[i.ID]; still {
		p.answered = true
		b.router.mu.Unlock()
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}
		}
		var flags discordgo.MessageFlags
		if privateReply(i) {
			flags = discordgo.MessageFlagsEphemeral
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags}}
	}
	b.router.mu.Unlock()
	return <-p.ch // it responded just now
}

// isRestarting reports the answer a draining bot gives to new work.
func isRestarting(resp *discordgo.InteractionResponse) bool {
	return resp != nil && resp.Type == discordgo.InteractionResponseChannelMessageWithSource &&
		resp.Data != nil && resp.Data.Content == RestartingText
}

// privateReply reports whether the reply to an interaction is private:
// a command with private: True, and the answers to buttons and forms
// (sources, votes), which only the person who clicked sees.
func privateReply(i *discordgo.Interaction) bool {
	switch i.Type {
	case discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
		return true
	case discordgo.InteractionApplicationCommand:
		for _, o := range i.ApplicationCommandData().Options {
			if o.Name == "private" && o.Type == discordgo.ApplicationCommandOptionBoolean {
				return o.BoolValue()
			}
		}
	}
	return false
}
