package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/internal/feedback"
	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag"
)

// manageGuild is the permission /reindex asks for.
var manageGuild int64 = discordgo.PermissionManageGuild

// Commands are Parley's slash commands, as registered.
func Commands() []*discordgo.ApplicationCommand {
	noDM := false
	return []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Ask about the articles; the answer cites its sources",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true, MaxLength: rag.MaxQuestionRunes},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the answer"},
			}},
		{Name: "who-said", Description: "Who said this? A quotation, a fragment of one, or a paraphrase",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "quote", Description: "What was said", Required: true, Autocomplete: true, MaxLength: rag.MaxQuotationRunes},
			}},
		{Name: "quotes", Description: "What did this person say in the articles?",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "speaker", Description: "A name, e.g. Kerry", Required: true, Autocomplete: true, MaxLength: 200},
			}},
		{Name: "sources", Description: "The articles Parley answers from"},
		{Name: "help", Description: "How to use Parley"},
		{Name: "reindex", Description: "Rebuild Parley's index of the articles (Manage Server only)",
			DefaultMemberPermissions: &manageGuild, DMPermission: &noDM},
		{Name: "add", Description: "Add an article or a feed's newest articles from the web (Manage Server only)",
			DefaultMemberPermissions: &manageGuild, DMPermission: &noDM,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "The article's or the feed's address (https://…)", Required: true, MaxLength: 2000},
			}},
	}
}

// helpText is /help's answer for articles described as describe.
func helpText(describe string) string {
	return "**Parley** answers questions about " + EscapeMarkdown(describe) + ", and cites the article file and lines for every answer.\n" + helpCommands
}

const helpCommands = `- /ask question: … — ask anything about the articles (add private: True to keep it to yourself)
- /who-said quote: … — who said it (a quotation, a fragment, or a paraphrase)
- /quotes speaker: … — what someone said
- /sources — the articles
You can also mention me with a question, or message me directly. Each answer has a Sources button that shows the cited passages.`

// onInteraction dispatches one interaction.
func (b *Bot) onInteraction(i *discordgo.Interaction) {
	b.received.Store(i.ID, time.Now())
	defer b.received.Delete(i.ID)
	defer b.recover("interaction", i)
	if !b.begin() {
		if i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionMessageComponent {
			b.respondNow(i, RestartingText, true)
		}
		return
	}
	defer b.end()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		b.onCommand(i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.onAutocomplete(i)
	case discordgo.InteractionMessageComponent:
		b.onButton(i)
	case discordgo.InteractionModalSubmit:
		b.onModal(i)
	}
}

func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// respondNow answers an interaction at once with a message.
func (b *Bot) respondNow(i *discordgo.Interaction, content string, ephemeral bool) {
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	parts := SplitMessage(content, MessageLimit)
	if len(parts) == 0 {
		parts = []string{"…"}
	}
	err := b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: parts[0], Flags: flags, AllowedMentions: noMentions()},
	})
	if err != nil {
		b.log.Warn("answering an interaction failed", "err", err)
		return
	}
	b.acked(i)
	b.followups(i, parts[1:], flags, nil)
}

// defer acknowledges an interaction: Discord shows "Parley is thinking…".
func (b *Bot) deferReply(i *discordgo.Interaction, ephemeral bool) bool {
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	err := b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags},
	})
	if err != nil {
		b.log.Warn("acknowledging an interaction failed", "err", err)
		return false
	}
	b.acked(i)
	b.track(i)
	return true
}

// finish edits the deferred reply with the result, sending what does not
// fit in follow-ups; components go on the last message.
func (b *Bot) finish(i *discordgo.Interaction, parts []string, ephemeral bool, components []discordgo.MessageComponent) {
	if !b.claim(i) {
		return // shut down: the pending answer was told to ask again
	}
	if len(parts) == 0 {
		parts = []string{"…"}
	}
	edit := &discordgo.WebhookEdit{Content: &parts[0], AllowedMentions: noMentions()}
	if len(parts) == 1 && components != nil {
		edit.Components = &components
	}
	if _, err := b.dg.InteractionResponseEdit(i, edit); err != nil {
		b.log.Warn("editing a reply failed", "err", err)
		return
	}
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	b.followups(i, parts[1:], flags, components)
}

func (b *Bot) followups(i *discordgo.Interaction, parts []string, flags discordgo.MessageFlags, components []discordgo.MessageComponent) {
	for k, p := range parts {
		params := &discordgo.WebhookParams{Content: p, Flags: flags, AllowedMentions: noMentions()}
		if k == len(parts)-1 {
			params.Components = components
		}
		if _, err := b.dg.FollowupMessageCreate(i, true, params); err != nil {
			b.log.Warn("sending a follow-up failed", "err", err)
			return
		}
	}
}

// whoSaid attributes a quotation and renders the reply: who said it, or
// that nobody did, with the quotations that come closest. found reports
// a speaker or an unattributed quotation named.
func (b *Bot) whoSaid(ctx context.Context, quotation string) (text string, found bool, err error) {
	ms, err := b.eng.WhoSaid(ctx, quotation)
	if err != nil {
		return "", false, err
	}
	var near []rag.Attribution
	if len(ms) == 0 {
		if near, err = b.eng.NearQuotations(ctx, quotation); err != nil {
			return "", false, err
		}
	}
	return attributionText(quotation, ms, near), len(ms) > 0, nil
}

// polite turns an engine error into words for the user; the error itself
// goes to the log.
func (b *Bot) polite(err error) string {
	var ie *rag.InputError
	switch {
	case errors.As(err, &ie):
		return ie.Reason
	case errors.Is(err, context.DeadlineExceeded):
		return "Sorry, that took too long. Please try again in a moment."
	}
	b.log.Error("answering failed", "err", err)
	return "Sorry, I couldn't answer that just now. Please try again in a moment."
}

func (b *Bot) onCommand(i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	start, outcome, arg := time.Now(), "answered", ""
	defer func() { b.observe(i.ID, data.Name, outcome, start, arg) }()
	user := interactionUser(i)
	if !b.channelAllowed(i.ChannelID) {
		outcome = "channel_not_allowed"
		b.respondNow(i, "I only answer in the channels the moderators chose for me.", true)
		return
	}
	opts := map[string]*discordgo.ApplicationCommandInteractionDataOption{}
	for _, o := range data.Options {
		opts[o.Name] = o
	}
	str := func(name string) string {
		if o := opts[name]; o != nil && o.Type == discordgo.ApplicationCommandOptionString {
			return o.StringValue()
		}
		return ""
	}
	switch data.Name {
	case "help":
		b.respondNow(i, helpText(b.cfg.Description), true)
		return
	case "sources":
		b.respondNow(i, sourcesText(b.eng.Sources()), false)
		return
	case "reindex":
		outcome = b.reindex(i)
		return
	case "add":
		outcome = b.add(i, str("url"))
		return
	}
	var check func(string) error
	switch data.Name {
	case "ask":
		arg, check = str("question"), rag.ValidateQuestion
	case "who-said":
		arg, check = str("quote"), rag.ValidateQuotation
	case "quotes":
		arg, check = b.speakerFromChoice(str("speaker")), rag.ValidateSpeakerName
	default:
		outcome = "unknown_command"
		b.respondNow(i, "I don't know that command. Try /help.", true)
		return
	}
	if err := check(arg); err != nil {
		outcome = "bad_input"
		b.respondNow(i, b.polite(err), true)
		return
	}
	if user != nil {
		if ok, wait := b.limits.allow(user.ID, time.Now()); !ok {
			outcome = "rate_limited"
			b.cfg.Observer.RateLimited()
			b.respondNow(i, fmt.Sprintf("You're asking quickly. Please try again in %d s.", int(wait.Seconds())+1), true)
			return
		}
	}
	private := false
	if o := opts["private"]; o != nil && o.Type == discordgo.ApplicationCommandOptionBoolean {
		private = o.BoolValue()
	}
	if !b.deferReply(i, private) {
		outcome = "error"
		return
	}
	ctx, cancel := context.WithTimeout(rag.WithRequestID(b.work, i.ID), b.cfg.Deadline)
	defer cancel()
	release, err := b.acquire(ctx)
	if err != nil {
		outcome = "busy"
		b.finish(i, []string{"I'm busy with other questions right now. Please try again in a minute."}, private, nil)
		return
	}
	defer release()
	whoSaid := func(quotation string) {
		text, found, err := b.whoSaid(ctx, quotation)
		if err != nil {
			outcome = "error"
			b.finish(i, []string{b.polite(err)}, private, nil)
			return
		}
		if !found {
			outcome = "no_match"
		}
		b.finish(i, SplitMessage(text, MessageLimit), private, nil)
	}
	switch data.Name {
	case "ask":
		// "/ask who said …" is answered as /who-said is, as a mention is:
		// the answer names the speaker.
		if quotation, ok := rag.WhoSaidQuery(arg); ok {
			whoSaid(quotation)
			return
		}
		if rag.IsHelpRequest(arg) {
			b.finish(i, []string{helpText(b.cfg.Description)}, private, nil)
			return
		}
		outcome = b.ask(ctx, i, arg, private)
	case "who-said":
		whoSaid(arg)
	case "quotes":
		sq, err := b.eng.QuotesBy(ctx, arg)
		if err != nil {
			outcome = "error"
			b.finish(i, []string{b.polite(err)}, private, nil)
			return
		}
		if sq.Speaker == nil {
			outcome = "not_found"
		}
		b.finish(i, SplitMessage(speakerQuotesText(arg, sq), MessageLimit), private, nil)
	}
}

// outcomeOf names how an answer went, for logs and metrics.
func outcomeOf(a rag.Answer) string {
	switch {
	case a.Abstained:
		return "abstained"
	case a.Note == rag.NoteLLMUnavailable || a.Note == rag.NoteLLMUncited:
		return "answered_fallback"
	}
	return "answered"
}

// ask answers /ask, editing the reply as an LLM answer streams in: at most
// one edit per EditEvery, then the final one. It returns the outcome.
func (b *Bot) ask(ctx context.Context, i *discordgo.Interaction, q string, private bool) string {
	ed := newEditor(b, i)
	a, err := b.eng.AskStream(ctx, q, ed.update)
	ed.stop()
	if err != nil {
		b.finish(i, []string{b.polite(err)}, private, nil)
		return "error"
	}
	var comps []discordgo.MessageComponent
	if len(a.Citations) > 0 {
		comps = sourcesButton()
	}
	b.finish(i, withQuestion(q, answerMessages(a)), private, comps)
	return outcomeOf(a)
}

// editor shows a streaming answer with throttled edits; the latest text
// wins.
type editor struct {
	b      *Bot
	i      *discordgo.Interaction
	latest chan string
	done   chan struct{}
	wg     sync.WaitGroup
}

func newEditor(b *Bot, i *discordgo.Interaction) *editor {
	e := &editor{b: b, i: i, latest: make(chan string, 1), done: make(chan struct{})}
	e.wg.Add(1)
	go e.run()
	return e
}

// update offers the answer so far; it never blocks the stream.
func (e *editor) update(partial string) {
	select {
	case <-e.latest:
	default:
	}
	select {
	case e.latest <- partial:
	default:
	}
}

func (e *editor) run() {
	defer e.wg.Done()
	var last time.Time
	for {
		select {
		case <-e.done:
			return
		case p := <-e.latest:
			if wait := e.b.cfg.EditEvery - time.Since(last); !last.IsZero() && wait > 0 {
				select {
				case <-e.done:
					return
				case <-time.After(wait):
				}
				// Take the newest text that came in while waiting.
				select {
				case p = <-e.latest:
				default:
				}
			}
			if !e.b.stillPending(e.i) {
				continue // answered, or told Parley restarts
			}
			content := textutil.Shorten(EscapeMarkdown(p), MessageLimit-10) + " …"
			if _, err := e.b.dg.InteractionResponseEdit(e.i, &discordgo.WebhookEdit{Content: &content, AllowedMentions: noMentions()}); err != nil {
				e.b.log.Warn("progressive edit failed", "err", err)
			}
			last = time.Now()
		}
	}
}

// stop ends the edits; the final edit comes after.
func (e *editor) stop() {
	close(e.done)
	e.wg.Wait()
}

// add adds articles from the web, for members who can manage the server:
// acknowledged at once, then edited to say what was added, or why not.
func (b *Bot) add(i *discordgo.Interaction, url string) (outcome string) {
	if !b.moderator(i, "add articles") {
		return "forbidden"
	}
	if b.cfg.Adder == nil {
		b.respondNow(i, "Adding articles is not set up on this Parley (it needs a data dir).", true)
		return "unavailable"
	}
	ctx, cancel, ok := b.deferPrivately(i)
	if !ok {
		return "error"
	}
	defer cancel()
	added, problems := b.cfg.Adder(ctx, strings.TrimSpace(url))
	var sb strings.Builder
	if len(added) > 0 {
		fmt.Fprintf(&sb, "Added %d article(s):\n", len(added))
		for _, s := range added {
			date := s.Date
			if date == "" {
				date = "undated"
			}
			fmt.Fprintf(&sb, "- %s (%s) — `%s`\n", EscapeMarkdown(textutil.Shorten(s.Title, 150)), date, s.Source)
		}
	}
	if len(problems) > 0 {
		sb.WriteString("Not added:\n")
		for _, p := range problems {
			sb.WriteString("- " + EscapeMarkdown(textutil.Shorten(p, 300)) + "\n")
		}
	}
	if sb.Len() == 0 {
		sb.WriteString("Nothing new: every article there was added before.")
	}
	b.finish(i, SplitMessage(strings.TrimSpace(sb.String()), MessageLimit), true, nil)
	if len(added) == 0 {
		return "nothing_added"
	}
	return "added"
}

// moderator reports whether the member may manage the server, and tells
// one who may not that only such members can do what.
func (b *Bot) moderator(i *discordgo.Interaction, what string) bool {
	if i.Member == nil || i.Member.Permissions&discordgo.PermissionManageGuild == 0 {
		b.respondNow(i, "Only members who can manage this server can "+what+".", true)
		return false
	}
	return true
}

// deferPrivately acknowledges an interaction privately and returns the
// context of its work, bounded by the deadline.
func (b *Bot) deferPrivately(i *discordgo.Interaction) (context.Context, context.CancelFunc, bool) {
	if !b.deferReply(i, true) {
		return nil, nil, false
	}
	ctx, cancel := context.WithTimeout(b.work, b.cfg.Deadline)
	return ctx, cancel, true
}

func (b *Bot) reindex(i *discordgo.Interaction) (outcome string) {
	if !b.moderator(i, "rebuild the index") {
		return "forbidden"
	}
	ctx, cancel, ok := b.deferPrivately(i)
	if !ok {
		return "error"
	}
	defer cancel()
	info, err := b.eng.Reindex(ctx, true)
	if err != nil {
		b.finish(i, []string{"Rebuilding the index failed; the old one is still in use. The log has the details."}, true, nil)
		b.log.Error("reindex failed", "err", err)
		return "error"
	}
	b.finish(i, []string{fmt.Sprintf("Index rebuilt: %d articles, %d chunks, in %s.", len(b.eng.Sources()), info.Chunks, info.Took.Round(time.Millisecond))}, true, nil)
	return "reindexed"
}

func sourcesText(srcs []rag.Source) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "**The articles** (%d):", len(srcs))
	for _, s := range srcs {
		date := s.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(&sb, "\n- %s: %s (%s, %d lines)", s.Source, EscapeMarkdown(s.Title), EscapeMarkdown(date), s.Lines)
	}
	return sb.String()
}

// onAutocomplete suggests quotations for /who-said and speakers for
// /quotes as the user types.
func (b *Bot) onAutocomplete(i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	typed := ""
	for _, o := range data.Options {
		if o.Focused {
			typed = fmt.Sprint(o.Value)
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	switch data.Name {
	case "who-said":
		for _, q := range b.eng.QuotationSuggestions(typed, 25) {
			// Any length of name fits: the speaker takes at most half.
			speaker := " — " + clip(speakerOrUnattributed(q.Speaker), 48)
			name := textutil.Shorten(q.Quote, max(100-utf8.RuneCountInString(speaker)-1, 20)) + speaker
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(name, 100), Value: cutWords(q.Quote, 100)})
		}
	case "quotes":
		for _, s := range b.eng.SpeakerSuggestions(typed, 25) {
			name := s.Name
			if s.Role != "" {
				name += " — " + s.Role
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(name, 100), Value: speakerChoiceValue(s.Name)})
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		b.log.Warn("autocomplete failed", "err", err)
		return
	}
	b.acked(i)
}

// speakerKeyPrefix marks an autocomplete value that stands for a speaker
// whose name is too long for a choice value (100 characters).
const speakerKeyPrefix = "@speaker:"

// speakerChoiceValue is the value an autocomplete choice sends for a
// speaker: the name itself, or a stable key when the name is too long to
// send whole, so choosing it never sends a cut name.
func speakerChoiceValue(name string) string {
	if utf8.RuneCountInString(name) <= 100 {
		return name
	}
	sum := sha256.Sum256([]byte(name))
	return speakerKeyPrefix + hex.EncodeToString(sum[:8])
}

// speakerFromChoice turns a speaker key back into the full name; any other
// value is what the user typed.
func (b *Bot) speakerFromChoice(v string) string {
	if !strings.HasPrefix(v, speakerKeyPrefix) {
		return v
	}
	for _, s := range b.eng.SpeakerSuggestions("", math.MaxInt32) {
		if speakerChoiceValue(s.Name) == v {
			return s.Name
		}
	}
	return v
}

// clip cuts s to n runes, adding an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// cutWords cuts s to at most n runes at a word boundary, with no ellipsis,
// so the cut text is still a fragment of the quotation.
func cutWords(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if k := strings.LastIndexByte(cut, ' '); k > 0 {
		cut = cut[:k]
	}
	return strings.TrimRight(cut, " ,;:")
}

// onButton shows the cited passages of an answer, to the clicker only.
// The citations are read back from the answer's sources line, so the
// button works after a restart too.
func (b *Bot) onButton(i *discordgo.Interaction) {
	switch i.MessageComponentData().CustomID {
	case voteUpID:
		b.vote(i, i.Message, feedback.Up, "")
		return
	case voteDownID:
		b.askWhy(i)
		return
	}
	if i.MessageComponentData().CustomID != sourcesButtonID || i.Message == nil {
		return
	}
	refs := parseSourcesLine(i.Message.Content)
	if len(refs) == 0 {
		b.respondNow(i, "I can't find the sources of that message any more.", true)
		return
	}
	per := (MessageLimit - 50) / len(refs)
	var sb strings.Builder
	for _, r := range refs {
		doc, ok := b.eng.Document(r.source)
		if !ok || r.start < 1 || r.end > len(doc.Lines) || r.end < r.start {
			fmt.Fprintf(&sb, "[%d] %s: no longer in the articles.\n", r.n, citeRef(r.source, r.start, r.end))
			continue
		}
		head := fmt.Sprintf("[%d] %s\n", r.n, citeRef(r.source, r.start, r.end))
		text := strings.Join(strings.Fields(strings.Join(doc.Lines[r.start-1:r.end], " ")), " ")
		sb.WriteString(head + "> " + EscapeMarkdown(textutil.Shorten(text, per-len(head)-10)) + "\n")
	}
	b.respondNow(i, strings.TrimSpace(sb.String()), true)
}
