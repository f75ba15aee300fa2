package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/parleybot/parley/rag/news"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/bot/interactions"
	"github.com/parleybot/parley/config"
	"github.com/parleybot/parley/internal/console"
	"github.com/parleybot/parley/internal/feedback"
	"github.com/parleybot/parley/internal/metrics"
	"github.com/parleybot/parley/internal/server"
	"github.com/parleybot/parley/internal/watch"
	"github.com/parleybot/parley/rag"
)

// observers feeds the engine's and the bot's reports into the metrics.
type observers struct {
	*metrics.Metrics
	eng atomic.Pointer[rag.Engine]
}

func newObservers() *observers {
	o := &observers{}
	o.Metrics = metrics.New(func() (int, int) {
		if e := o.eng.Load(); e != nil {
			return e.IndexSize()
		}
		return 0, 0
	})
	return o
}

// runLong runs the console or the Discord bot, with the HTTP endpoint and
// the corpus watcher when configured, until ctx ends or the console's input
// does.
func (a *app) runLong(ctx context.Context, cmd string, eng *rag.Engine, stdin io.Reader, stdout, stderr io.Writer) int {
	a.obs.eng.Store(eng)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	if cmd == "serve" {
		eng.Warm() // ready before taking traffic
	}
	var b *bot.Bot
	// The Interactions Endpoint's state, for /healthz.
	var (
		interactionsAddr   string
		interactionsUp     atomic.Bool
		interactionsServed atomic.Int64
		endpointStopped    <-chan struct{}
	)
	// The Interactions Endpoint stops when serve has drained (below), not
	// at the signal: what it is answering then is answered, not cut.
	serveCtx, stopServing := context.WithCancel(context.Background())
	defer stopServing()
	if cmd == "serve" {
		s, err := bot.NewSession(a.cfg.DiscordToken, a.cfg.DiscordAPIBase)
		if err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return exitBadInput
		}
		b = bot.New(s, eng, bot.Config{
			GuildID: a.cfg.DiscordGuildID, AllowedChannels: a.cfg.DiscordChannels,
			PerMinute: a.cfg.DiscordPerMinute, MaxConcurrent: a.cfg.DiscordConcurrency,
			Deadline: discordDeadline(a.cfg.LLMTimeout, a.log), Log: a.log, Observer: a.obs,
			Description: eng.Description(),
			Feedback:    a.feedbackLog(),
			Adder:       a.adder(eng),
		})
		if a.cfg.DiscordToken != "" {
			shards, err := a.shardSessions(s)
			if err != nil {
				fmt.Fprintf(stderr, "parley: %v\n", err)
				return exitError
			}
			for _, sh := range shards {
				b.Attach(sh)
				defer func() {
					if err := sh.Close(); err != nil {
						a.log.Warn("closing the Discord session", "shard", sh.ShardID, "err", err)
					}
				}()
				if err := sh.Open(); err != nil {
					fmt.Fprintf(stderr, "parley: connecting to Discord (shard %d of %d): %v\n", sh.ShardID, max(sh.ShardCount, 1), err)
					return exitError
				}
			}
			a.log.Info("connected to Discord; stop with Ctrl-C", "shards", len(shards))
		}
		if a.cfg.InteractionsAddr != "" {
			pub, err := interactions.ParsePublicKey(a.cfg.DiscordPublicKey)
			if err != nil {
				fmt.Fprintf(stderr, "parley: PARLEY_DISCORD_PUBLIC_KEY: %v\n", err)
				return exitBadInput
			}
			endpoint := interactions.Handler(pub, b, a.log, nil)
			counted := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				interactionsServed.Add(1)
				endpoint.ServeHTTP(w, r)
			})
			addr, stopped, err := server.Serve(serveCtx, a.cfg.InteractionsAddr, counted, func(err error) {
				interactionsUp.Store(false)
				a.log.Error("the interactions endpoint stopped", "err", err)
			})
			if err != nil {
				fmt.Fprintf(stderr, "parley: PARLEY_INTERACTIONS_ADDR %s: %v\n", a.cfg.InteractionsAddr, err)
				return exitError
			}
			interactionsAddr = addr
			interactionsUp.Store(true)
			endpointStopped = stopped
			a.log.Info("serving Discord's Interactions Endpoint", "addr", addr, "path", "/interactions")
		}
	}
	if a.cfg.HTTPAddr != "" {
		checks := server.Checks{IndexSize: eng.IndexSize, LLM: eng.LLMStatus, SaveError: eng.SaveError}
		if b != nil && a.cfg.DiscordToken != "" {
			checks.Discord = b.Connected
		}
		if interactionsAddr != "" {
			checks.Interactions = func() server.Interactions {
				return server.Interactions{Listening: interactionsUp.Load(), Addr: interactionsAddr, Requests: interactionsServed.Load()}
			}
		}
		if b != nil {
			checks.Draining = b.Draining
			if a.cfg.DiscordToken != "" {
				checks.Shards = func() any { return b.Shards() }
			}
		}
		addr, _, err := server.Serve(ctx, a.cfg.HTTPAddr, server.Handler(checks, a.obs.Handler()), func(err error) {
			a.log.Error("HTTP server stopped", "err", err)
		})
		if err != nil {
			fmt.Fprintf(stderr, "parley: PARLEY_HTTP_ADDR %s: %v\n", a.cfg.HTTPAddr, err)
			return exitError
		}
		a.log.Info("serving /healthz and /metrics", "addr", addr)
	}
	if cmd == "serve" && a.cfg.DataDir != "" {
		a.followNews(ctx, eng)
	}
	if a.cfg.CorpusDir != "" && a.cfg.Watch {
		go func() {
			err := watch.Run(ctx, a.cfg.CorpusDir, 500*time.Millisecond, func(ctx context.Context) {
				info, err := eng.Reindex(ctx, false)
				if err != nil {
					a.log.Error("corpus changed, but reindexing failed; answers use the old index", "err", err)
					return
				}
				a.log.Info("corpus changed; index updated", "chunks", info.Chunks, "embedded", info.Embedded, "reused", info.Reused, "took", info.Took.Round(time.Millisecond))
			})
			if err != nil {
				a.log.Warn("not watching the corpus folder for changes", "err", err)
			}
		}()
	}
	if cmd == "serve" {
		<-ctx.Done()
		a.log.Info("shutting down: finishing the answers in flight", "grace", a.cfg.ShutdownGrace)
		grace, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownGrace)
		defer cancel()
		cut := b.Shutdown(grace)
		stopServing()
		if endpointStopped != nil {
			<-endpointStopped // its last replies are sent
		}
		a.log.Info("shut down", "answers_cut", cut)
		return exitOK
	}
	observed := &observedEngine{Engine: eng, obs: a.obs, log: a.log}
	if err := console.RunPrompted(ctx, observed, stdin, stdout, a.prompt); err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	return exitOK
}

// observedEngine counts the console's questions as the bot does Discord's,
// and logs one line each (request ID, command, latency, outcome) at debug
// level, with the text: on a terminal the answer itself is the record.
type observedEngine struct {
	*rag.Engine
	obs *observers
	log *slog.Logger
	n   atomic.Int64
}

func (o *observedEngine) done(command, outcome, text string, start time.Time) {
	id := fmt.Sprintf("console-%d", o.n.Add(1))
	took := time.Since(start)
	o.obs.Question(command, outcome, took)
	o.log.Debug("question", "request_id", id, "command", command, "outcome", outcome, "took_ms", float64(took.Microseconds())/1000, "text", text)
}

func outcome(err error, ok bool, no string) string {
	var ie *rag.InputError
	switch {
	case errors.As(err, &ie):
		return "bad_input"
	case err != nil:
		return "error"
	case !ok:
		return no
	}
	return "answered"
}

// AskStream implements console.Engine.
func (o *observedEngine) AskStream(ctx context.Context, q string, onPartial func(string)) (rag.Answer, error) {
	start := time.Now()
	a, err := o.Engine.AskStream(ctx, q, onPartial)
	o.done("ask", outcome(err, !a.Abstained, "abstained"), q, start)
	return a, err
}

// AskFollowUpStream implements console.Engine.
func (o *observedEngine) AskFollowUpStream(ctx context.Context, history []rag.Turn, q string, readAs, onPartial func(string)) (rag.Answer, error) {
	start := time.Now()
	a, err := o.Engine.AskFollowUpStream(ctx, history, q, readAs, onPartial)
	o.done("ask", outcome(err, !a.Abstained, "abstained"), q, start)
	return a, err
}

// WhoSaid implements console.Engine.
func (o *observedEngine) WhoSaid(ctx context.Context, text string) ([]rag.Attribution, error) {
	start := time.Now()
	ms, err := o.Engine.WhoSaid(ctx, text)
	o.done("who-said", outcome(err, len(ms) > 0, "no_match"), text, start)
	return ms, err
}

// QuotesBy implements console.Engine.
func (o *observedEngine) QuotesBy(ctx context.Context, name string) (rag.SpeakerQuotes, error) {
	start := time.Now()
	sq, err := o.Engine.QuotesBy(ctx, name)
	o.done("quotes", outcome(err, sq.Speaker != nil, "not_found"), name, start)
	return sq, err
}

// checkHealth asks a running Parley's /healthz: exit 0 when healthy.
func checkHealth(ctx context.Context, cfg config.Config, stdout, stderr io.Writer) int {
	if cfg.HTTPAddr == "" {
		fmt.Fprint(stderr, "parley: health needs PARLEY_HTTP_ADDR, the address Parley serves /healthz on\n")
		return exitBadInput
	}
	host, port, err := net.SplitHostPort(cfg.HTTPAddr)
	if err != nil {
		fmt.Fprintf(stderr, "parley: PARLEY_HTTP_ADDR %q: %v\n", cfg.HTTPAddr, err)
		return exitBadInput
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "parley: health: %v\n", err)
		return exitError
	}
	defer resp.Body.Close()
	io.Copy(stdout, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return exitError
	}
	return exitOK
}

// discordDeadline is the time one Discord answer may take: the LLM's
// timeout and some margin, capped below the 15 minutes an interaction's
// token lasts, with a warning when the cap cuts the configured timeout.
func discordDeadline(llmTimeout time.Duration, log *slog.Logger) time.Duration {
	want := llmTimeout + 30*time.Second
	d := bot.CapDeadline(want)
	if d < want {
		log.Warn("PARLEY_LLM_TIMEOUT is longer than a Discord answer may take; Discord answers are cut at "+d.String(),
			"PARLEY_LLM_TIMEOUT", llmTimeout, "limit", "interaction tokens last 15 minutes")
	}
	return d
}

// feedbackLog is where votes go: feedback.jsonl in the data dir, unless
// PARLEY_FEEDBACK_LOG=false.
func (a *app) feedbackLog() bot.FeedbackLog {
	if !a.cfg.FeedbackLog || a.cfg.DataDir == "" {
		return nil
	}
	return feedback.NewLog(a.cfg.DataDir)
}

// shardSessions returns the gateway sessions this process runs: first
// (shard PARLEY_DISCORD_SHARD_ID of PARLEY_DISCORD_SHARD_COUNT, or the only
// one), or with PARLEY_DISCORD_SHARD_COUNT=auto one per shard Discord
// recommends, first among them as shard 0.
func (a *app) shardSessions(first *discordgo.Session) ([]*discordgo.Session, error) {
	switch a.cfg.DiscordShardCount {
	case "":
		return []*discordgo.Session{first}, nil
	case "auto":
		n, err := bot.RecommendedShards(a.cfg.DiscordToken, a.cfg.DiscordAPIBase)
		if err != nil {
			return nil, err
		}
		first.ShardID, first.ShardCount = 0, n
		out := []*discordgo.Session{first}
		for id := 1; id < n; id++ {
			s, err := bot.NewShardSession(a.cfg.DiscordToken, a.cfg.DiscordAPIBase, id, n)
			if err != nil {
				return nil, err
			}
			out = append(out, s.Session)
		}
		return out, nil
	}
	n, _ := strconv.Atoi(a.cfg.DiscordShardCount)
	if a.cfg.DiscordShardID >= n {
		return nil, fmt.Errorf("PARLEY_DISCORD_SHARD_ID %d is not below PARLEY_DISCORD_SHARD_COUNT %d", a.cfg.DiscordShardID, n)
	}
	first.ShardID, first.ShardCount = a.cfg.DiscordShardID, n
	return []*discordgo.Session{first}, nil
}

// followNews polls PARLEY_FEEDS every PARLEY_FEED_INTERVAL, adding their
// newest articles, and picks up articles that parley add keeps in the data
// dir from another shell: both are indexed without a restart.
func (a *app) followNews(ctx context.Context, eng *rag.Engine) {
	store := a.store()
	if err := os.MkdirAll(store.Dir(), 0o755); err != nil {
		a.log.Warn("not following added articles", "err", err)
		return
	}
	reindex := func(ctx context.Context, why string) {
		info, err := eng.Reindex(ctx, false)
		if err != nil {
			a.log.Error(why+", but reindexing failed; answers use the old index", "err", err)
			return
		}
		if info.Rebuilt {
			a.log.Info(why+"; index updated", "chunks", info.Chunks, "embedded", info.Embedded, "took", info.Took.Round(time.Millisecond))
		}
	}
	go func() {
		if err := watch.Run(ctx, store.Dir(), 500*time.Millisecond, func(ctx context.Context) { reindex(ctx, "articles added or removed") }); err != nil {
			a.log.Warn("not watching the added articles for changes", "err", err)
		}
	}()
	if len(a.cfg.Feeds) == 0 {
		return
	}
	client := a.fetcher()
	feeds := make([]*news.Feed, len(a.cfg.Feeds))
	for i, u := range a.cfg.Feeds {
		feeds[i] = &news.Feed{URL: u}
	}
	poll := func() {
		for _, f := range feeds {
			added, skipped, err := store.Poll(ctx, client, f, a.cfg.FeedMaxItems, a.cfg.FeedInterval)
			if err != nil {
				a.log.Warn("a feed could not be read; trying again later", "feed", f.URL, "err", err, "next", f.Next.Format(time.RFC3339))
			}
			for _, s := range skipped {
				if !s.Already {
					a.log.Warn("a feed item was not added", "feed", f.URL, "url", s.URL, "reason", s.Reason)
				}
			}
			if len(added) > 0 {
				a.log.Info("articles added from a feed", "feed", f.URL, "added", len(added))
			}
		}
		// The watcher indexes what was added.
	}
	go func() {
		poll()
		t := time.NewTicker(a.cfg.FeedInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				poll()
			}
		}
	}()
}

// adder is /add: parley add for Discord. nil without a data dir.
func (a *app) adder(eng *rag.Engine) func(ctx context.Context, url string) ([]rag.Source, []string) {
	if a.cfg.DataDir == "" {
		return nil
	}
	store, client := a.store(), a.fetcher()
	return func(ctx context.Context, url string) ([]rag.Source, []string) {
		added, skipped := store.AddURL(ctx, client, url, a.cfg.FeedMaxItems)
		var problems []string
		for _, s := range skipped {
			if !s.Already {
				problems = append(problems, s.URL+": "+s.Reason)
			}
		}
		out, err := indexAdded(ctx, eng, added)
		if err != nil {
			problems = append(problems, "the articles were kept, but indexing them failed: "+err.Error())
		}
		return out, problems
	}
}
