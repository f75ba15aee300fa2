// Command brokenparley stands in for a broken Parley in the fakediscord
// tool's test: it connects to Discord and defers every slash command, but
// never edits an answer in.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/bot"
)

func main() {
	s, err := bot.NewSession(os.Getenv("PARLEY_DISCORD_TOKEN"), os.Getenv("PARLEY_DISCORD_API_BASE"))
	if err != nil {
		os.Exit(1)
	}
	s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	})
	if err := s.Open(); err != nil {
		os.Exit(1)
	}
	defer s.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
}
