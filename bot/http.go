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
	// http holds the interactions waiting for their first response; a nil
	// channel marks one the endpoint already deferred.
	http map[string]chan *discordgo.InteractionResponse
}

// InteractionRespond implements Discord.
func (r *respondRouter) InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error {
	r.mu.Lock()
	ch, ok := r.http[i.ID]
	if ok {
		delete(r.http, i.ID)
	}
	r.mu.Unlock()
	switch {
	case ok && ch != nil:
		ch <- resp
		return nil
	case ok && resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource:
		return nil // the endpoint deferred it already
	}
	return r.Discord.InteractionRespond(i, resp, options...)
}

// HandleHTTP answers an interaction that came by the HTTP endpoint with the
// gateway's handlers, and returns its first response for the HTTP reply. A
// handler that has not responded within wait gets a deferral sent for it
// (a thinking state), and later edits its answer in as usual.
func (b *Bot) HandleHTTP(i *discordgo.Interaction, wait time.Duration) *discordgo.InteractionResponse {
	ch := make(chan *discordgo.InteractionResponse, 1)
	b.router.mu.Lock()
	b.router.http[i.ID] = ch
	b.router.mu.Unlock()
	go b.onInteraction(i)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case resp := <-ch:
		return resp
	case <-t.C:
	}
	b.router.mu.Lock()
	if _, still := b.router.http[i.ID]; still {
		b.router.http[i.ID] = nil
		b.router.mu.Unlock()
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	}
	b.router.mu.Unlock()
	return <-ch // it responded just now
}
