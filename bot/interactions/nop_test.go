package interactions_test

import (
	"time"

	"github.com/bwmarrin/discordgo"
)

// nopAnswerer answers every interaction with a deferral, for the fuzzer.
type nopAnswerer struct{}

func (nopAnswerer) HandleHTTP(*discordgo.Interaction, time.Duration) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
}

func (nopAnswerer) Draining() bool { return false }
