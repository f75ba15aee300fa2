package bot

import (
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/internal/feedback"
)

// askWhy answers a 👎 with a modal asking, optionally, what was wrong.
func (b *Bot) askWhy(i *discordgo.Interaction) {
	if i.Message == nil {
		return
	}
	err := b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: voteModalPrefix + i.Message.ChannelID + ":" + i.Message.ID,
			Title:    "What was wrong with this answer?",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{CustomID: voteCommentID, Label: "What was wrong? (optional)", Style: discordgo.TextInputParagraph,
					Required: false, MaxLength: 1000, Placeholder: "e.g. the date is wrong, or it cites the wrong article"},
			}}},
		},
	})
	if err != nil {
		b.log.Warn("showing the feedback form failed", "err", err)
		return
	}
	b.acked(i)
}

// onModal records a 👎 with its comment.
func (b *Bot) onModal(i *discordgo.Interaction) {
	data := i.ModalSubmitData()
	ref, ok := strings.CutPrefix(data.CustomID, voteModalPrefix)
	if !ok {
		return
	}
	var comment string
	for _, row := range data.Components {
		if r, ok := row.(*discordgo.ActionsRow); ok {
			for _, c := range r.Components {
				if t, ok := c.(*discordgo.TextInput); ok && t.CustomID == voteCommentID {
					comment = strings.TrimSpace(t.Value)
				}
			}
		}
	}
	msg := i.Message
	if msg == nil {
		channelID, messageID, _ := strings.Cut(ref, ":")
		if b.hasToken() {
			msg, _ = b.dg.ChannelMessage(channelID, messageID)
		}
		if msg == nil && messageID != "" {
			// Without a bot token (or with the message gone), the vote is
			// kept with what the form carries: which answer it was on.
			msg = &discordgo.Message{ID: messageID, ChannelID: channelID}
		}
	}
	b.vote(i, msg, feedback.Down, comment)
}

// vote records a vote on the answer in msg and thanks the voter privately.
// A second click by the same person changes their vote (the log keeps the
// latest).
func (b *Bot) vote(i *discordgo.Interaction, msg *discordgo.Message, vote, comment string) {
	if msg == nil {
		b.respondNow(i, "I can't find that answer any more.", true)
		return
	}
	user := ""
	if u := interactionUser(i); u != nil {
		user = u.ID
	}
	answer, question, standalone := answerOf(msg.Content)
	if question == "" {
		if p := b.parent(msg, msg.ChannelID); p != nil {
			question = b.questionText(p.Content)
		}
	}
	var cites []string
	for _, r := range parseSourcesLine(msg.Content) {
		cites = append(cites, citeRef(r.source, r.start, r.end))
	}
	b.cfg.Observer.Voted(vote)
	if b.cfg.Feedback != nil {
		err := b.cfg.Feedback.Append(feedback.Vote{At: time.Now().UTC(), AnswerID: msg.ID, User: user, RequestID: i.ID,
			Vote: vote, Comment: comment, Question: question, Standalone: standalone, Answer: answer, Citations: cites})
		if err != nil {
			b.log.Warn("saving feedback failed", "err", err)
		}
	}
	thanks := "Thanks! Glad it helped."
	if vote == feedback.Down {
		thanks = "Thanks for telling me; this helps improve Parley's answers."
	}
	b.respondNow(i, thanks, true)
}
