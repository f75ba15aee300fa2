// Package bot is Parley's Discord front end, on github.com/bwmarrin/discordgo:
// slash commands with autocomplete, mentions and DMs, a Sources button, and
// the limits that keep a busy server polite. Every interaction is
// acknowledged at once; the work follows, and the reply is edited in.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/internal/feedback"
	"github.com/parleybot/parley/rag"
)

// Discord is the part of *discordgo.Session the bot calls.
type Discord interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, data *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelTyping(channelID string, options ...discordgo.RequestOption) error
	ChannelMessage(channelID, messageID string, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ApplicationCommandBulkOverwrite(appID string, guildID string, commands []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

// Engine is the part of the engine the bot uses.
type Engine interface {
	AskStream(ctx context.Context, question string, onPartial func(string)) (rag.Answer, error)
	AskFollowUp(ctx context.Context, history []rag.Turn, question string, onPartial func(string)) (rag.Answer, error)
	WhoSaid(ctx context.Context, text string) ([]rag.Attribution, error)
	// NearQuotations gives what comes closest when WhoSaid names nobody.
	NearQuotations(ctx context.Context, text string) ([]rag.Attribution, error)
	QuotesBy(ctx context.Context, speaker string) (rag.SpeakerQuotes, error)
	QuotationSuggestions(typed string, n int) []rag.Attribution
	SpeakerSuggestions(typed string, n int) []rag.Speaker
	Sources() []rag.Source
	Document(source string) (rag.Document, bool)
	Reindex(ctx context.Context, force bool) (rag.BuildInfo, error)
}

// MaxDeadline bounds the work on one Discord answer: an interaction's
// token lasts 15 minutes, and the final edit must go out before then.
const MaxDeadline = 14 * time.Minute

// CapDeadline returns d, or MaxDeadline when d is longer.
func CapDeadline(d time.Duration) time.Duration { return min(d, MaxDeadline) }

// Config tunes the bot.
type Config struct {
	// GuildID registers the commands in one guild (instant) instead of
	// globally.
	GuildID string
	// AllowedChannels, if not empty, are the only channels Parley answers in.
	AllowedChannels []string
	// PerMinute is each user's question budget per minute (default 5).
	PerMinute int
	// MaxConcurrent caps the engine calls at once; more wait their turn
	// (default 4).
	MaxConcurrent int
	// Deadline bounds the work on one request (default 90s; at most
	// MaxDeadline).
	Deadline time.Duration
	// EditEvery is the least time between progressive edits (default 1.5s).
	EditEvery time.Duration
	// Log receives the bot's logs (default slog.Default()).
	Log *slog.Logger
	// Observer, if set, is told about acknowledgements, rate limiting and
	// answered questions, for metrics.
	Observer Observer
	// Description names what the articles are about, for /help and hints
	// (default "the articles").
	Description string
	// Feedback, if set, keeps the 👍/👎 votes on answers.
	Feedback FeedbackLog
	// Adder adds the articles at a web address (a page, or a feed's
	// newest items) and indexes them, for /add: what was added, and a
	// line on each address that was not; nil turns /add off.
	Adder func(ctx context.Context, url string) (added []rag.Source, problems []string)
}

// FeedbackLog keeps votes; *feedback.Log implements it.
type FeedbackLog interface {
	Append(v feedback.Vote) error
}

// Observer is told about the bot's work, for metrics.
type Observer interface {
	// Acked reports the time from receiving an interaction to acknowledging it.
	Acked(took time.Duration)
	// RateLimited reports a question turned away by the per-user limit.
	RateLimited()
	// Question reports one question: its command, outcome and latency.
	Question(command, outcome string, took time.Duration)
	// Voted reports a 👍 ("up") or 👎 ("down") on an answer.
	Voted(vote string)
}

type noObserver struct{}

func (noObserver) Acked(time.Duration)                    {}
func (noObserver) RateLimited()                           {}
func (noObserver) Question(string, string, time.Duration) {}
func (noObserver) Voted(string)                           {}

// Bot answers on Discord.
type Bot struct {
	cfg     Config
	dg      Discord
	eng     Engine
	log     *slog.Logger
	limits  *userLimits
	slots   chan struct{}
	allowed map[string]bool

	mu       sync.Mutex
	botID    string
	appID    string
	register sync.Once

	// received holds when each interaction arrived, until it is acknowledged.
	received sync.Map
	// shards holds, under mu, whether each attached gateway shard is
	// connected.
	shards map[int]bool

	// Draining (see drain.go), under mu: work in flight, deferred
	// interactions not yet answered, and whether the bot drains or has
	// drained.
	inflight          int
	pending           map[string]*discordgo.Interaction
	draining, drained bool
	// cache keeps recent messages, for reply chains.
	cache messageCache
	// router carries first responses of HTTP interactions (see http.go).
	router *respondRouter
	// work is the parent of every answer's context; stopWork cancels it
	// when the grace period ends.
	work     context.Context
	stopWork context.CancelFunc
}

// New returns a bot that talks to Discord through dg.
func New(dg Discord, eng Engine, cfg Config) *Bot {
	if strings.TrimSpace(cfg.Description) == "" {
		cfg.Description = "the articles"
	}
	if cfg.PerMinute <= 0 {
		cfg.PerMinute = 5
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4
	}
	cfg.Deadline = CapDeadline(cfg.Deadline)
	if cfg.Deadline <= 0 {
		cfg.Deadline = 90 * time.Second
	}
	if cfg.EditEvery <= 0 {
		cfg.EditEvery = 1500 * time.Millisecond
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Observer == nil {
		cfg.Observer = noObserver{}
	}
	router := &respondRouter{Discord: dg, http: map[string]*pendingHTTP{}}
	b := &Bot{
		cfg: cfg, dg: router, eng: eng, log: cfg.Log, router: router,
		limits:  newUserLimits(cfg.PerMinute),
		slots:   make(chan struct{}, cfg.MaxConcurrent),
		allowed: map[string]bool{},
		pending: map[string]*discordgo.Interaction{},
	}
	b.work, b.stopWork = context.WithCancel(context.Background())
	for _, c := range cfg.AllowedChannels {
		b.allowed[c] = true
	}
	return b
}

// Intents are what Parley asks the gateway for: guilds, guild messages and
// DMs. Not message content: mentions and DMs carry it anyway.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Attach registers the bot's handlers on a session.
func (b *Bot) Attach(s *discordgo.Session) {
	s.Identify.Intents = Intents
	shard := s.ShardID
	b.setShard(shard, false)
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { b.setShard(shard, true); b.onReady(r) })
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) { b.setShard(shard, true) })
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { b.setShard(shard, false) })
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { b.setShard(shard, true) })
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { b.onInteraction(i.Interaction) })
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { b.onMessage(m.Message) })
}

// onReady learns the bot's IDs and registers the commands once.
func (b *Bot) onReady(r *discordgo.Ready) {
	defer b.recover("ready", nil)
	b.mu.Lock()
	if r.User != nil {
		b.botID = r.User.ID
	}
	if r.Application != nil {
		b.appID = r.Application.ID
	} else if r.User != nil {
		b.appID = r.User.ID
	}
	appID := b.appID
	b.mu.Unlock()
	if r.Shard != nil && r.Shard[0] != 0 {
		return // commands are registered by shard 0 only
	}
	b.register.Do(func() {
		if err := b.Register(appID); err != nil {
			b.log.Error("registering slash commands failed", "err", err)
		}
	})
}

// Register installs the slash commands by bulk overwrite: in the guild if
// one is configured (instant), else globally. Running it again with the
// same commands changes nothing.
func (b *Bot) Register(appID string) error {
	cmds, err := b.dg.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, Commands())
	if err != nil {
		return fmt.Errorf("registering commands: %w", err)
	}
	where := "globally"
	if b.cfg.GuildID != "" {
		where = "in guild " + b.cfg.GuildID
	}
	b.log.Info("slash commands registered", "count", len(cmds), "where", where)
	return nil
}

// Connected reports whether the gateway session is up.
func (b *Bot) Connected() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.shards) == 0 {
		return false
	}
	for _, up := range b.shards {
		if !up {
			return false
		}
	}
	return true
}

// ShardState is one gateway shard's connection.
type ShardState struct {
	ID        int  `json:"id"`
	Connected bool `json:"connected"`
}

// Shards reports every attached shard, by ID.
func (b *Bot) Shards() []ShardState {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]ShardState, 0, len(b.shards))
	for id, up := range b.shards {
		out = append(out, ShardState{ID: id, Connected: up})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (b *Bot) setShard(id int, up bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shards == nil {
		b.shards = map[int]bool{}
	}
	b.shards[id] = up
}

// acked records an interaction's acknowledgement latency.
func (b *Bot) acked(i *discordgo.Interaction) {
	if t, ok := b.received.LoadAndDelete(i.ID); ok {
		b.cfg.Observer.Acked(time.Since(t.(time.Time)))
	}
}

// observe logs one question with its outcome and reports it; the text is
// logged only at debug level.
func (b *Bot) observe(id, command, outcome string, start time.Time, text string) {
	took := time.Since(start)
	b.cfg.Observer.Question(command, outcome, took)
	b.log.Info("question", "request_id", id, "command", command, "outcome", outcome, "took_ms", float64(took.Microseconds())/1000)
	b.log.Debug("question text", "request_id", id, "text", text)
}

func (b *Bot) selfID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.botID
}

// recover keeps a panicking handler from killing the process; if it was
// answering an interaction, the user gets an apology.
func (b *Bot) recover(what string, i *discordgo.Interaction) {
	r := recover()
	if r == nil {
		return
	}
	b.log.Error("handler panicked", "handler", what, "panic", r, "stack", string(debug.Stack()))
	if i == nil {
		return
	}
	msg := "Sorry, something went wrong on my side. Please try again."
	// Answer the way Discord allows for the interaction's type: an
	// autocomplete gets no choices; anything else gets a private message,
	// or, if it was already acknowledged, an edit of that answer.
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		_ = b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
		})
		return
	}
	err := b.dg.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: msg, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
	})
	if err != nil {
		_, _ = b.dg.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &msg, AllowedMentions: noMentions()})
	}
}

// acquire waits for an engine slot, or the deadline.
func (b *Bot) acquire(ctx context.Context) (release func(), err error) {
	select {
	case b.slots <- struct{}{}:
		return func() { <-b.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// channelAllowed reports whether Parley may answer in the channel.
func (b *Bot) channelAllowed(channelID string) bool {
	return len(b.allowed) == 0 || b.allowed[channelID]
}
