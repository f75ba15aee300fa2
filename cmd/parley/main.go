// Command parley answers questions about news articles on the Syrian peace
// talks, citing the article file and lines, from a terminal or on Discord.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/parleybot/parley/config"
	"github.com/parleybot/parley/corpus"
	"github.com/parleybot/parley/internal/console"
	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/llm"
)

const usage = `Usage: parley [flags] [command] [args]

Commands:
  (none)            chat in the terminal (or run the Discord bot if PARLEY_DISCORD_TOKEN is set)
  serve             run the Discord bot (needs PARLEY_DISCORD_TOKEN)
  ask QUESTION      answer one question, with citations
  who-said TEXT     who said this quotation, fragment or paraphrase
  quotes SPEAKER    what this person said (any form of the name)
  quotes --all      every quotation in the articles, with its speaker (or unattributed)
  speakers          everyone quoted in the articles
  sources           list the articles
  index [--force]   bring the index up to date now: only new and changed articles are read (--force: all)
  add URL...        add articles from the web: pages, or RSS/Atom feeds (their newest items)
  remove SOURCE     remove an article added from the web
  eval FILE         score a gold set (JSON lines)
  config            show the effective configuration (secrets hidden) and where each value came from
  health            check a running Parley's /healthz (exit 0 when healthy)
  version           print the version

Flags (anywhere on the line):
  --json            machine-readable output (ask, who-said, quotes, speakers, sources)
  --config FILE     YAML config file (env PARLEY_CONFIG)
  --corpus DIR      folder of .txt/.md articles (env PARLEY_CORPUS_DIR; default: built-in)
  --data-dir DIR    where the index is kept (env PARLEY_DATA_DIR)
  --top-k N         passages retrieved per question (env PARLEY_TOP_K; default 5)
  --http-addr ADDR  serve /healthz and /metrics, e.g. :8080 (env PARLEY_HTTP_ADDR)
`

// exit codes
const (
	exitOK       = 0
	exitError    = 1
	exitBadInput = 2
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// cliArgs are the command line: the JSON switch, the config flags that were
// set (by key), and the positional arguments.
type cliArgs struct {
	json bool
	// exportEval is feedback's --export-eval.
	exportEval bool
	// all is quotes' --all: every quotation of the corpus.
	all bool
	// force is index's --force: rebuild everything, not only what changed.
	force bool
	flags map[string]string
	pos   []string
}

// parseArgs reads flags anywhere among the arguments; "--" ends flags.
func parseArgs(args []string, stderr io.Writer) (cliArgs, error) {
	out := cliArgs{flags: map[string]string{}}
	fs := flag.NewFlagSet("parley", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&out.json, "json", false, "")
	fs.BoolVar(&out.exportEval, "export-eval", false, "")
	fs.BoolVar(&out.all, "all", false, "")
	fs.BoolVar(&out.force, "force", false, "")
	keys := config.FlagKeys()
	values := map[string]*string{}
	for name := range keys {
		values[name] = fs.String(name, "", "")
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stderr, usage)
			}
			return out, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			out.pos = append(out.pos, rest...)
			break
		}
		out.pos = append(out.pos, rest[0])
		args = rest[1:]
	}
	fs.Visit(func(f *flag.Flag) {
		if key, ok := keys[f.Name]; ok {
			out.flags[key] = *values[f.Name]
		}
	})
	return out, nil
}

// argCheck says what a command's argument must be, for the commands that
// take one.
func argCheck(cmd string) (need string, check func(string) error, ok bool) {
	switch cmd {
	case "ask":
		return `a question, e.g. parley ask "Who sponsored the Astana talks?"`, rag.ValidateQuestion, true
	case "who-said":
		return `a quotation, e.g. parley who-said "I lost the argument"`, rag.ValidateQuotation, true
	case "quotes":
		return "a speaker, e.g. parley quotes Kerry", rag.ValidateSpeakerName, true
	}
	return "", nil, false
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv config.Getenv) int {
	cli, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n\n%s", err, usage)
		return exitBadInput
	}
	cmd, pos := "", cli.pos
	if len(pos) > 0 {
		cmd, pos = pos[0], pos[1:]
	}
	switch cmd {
	case "version":
		fmt.Fprintln(stdout, "parley", buildVersion())
		return exitOK
	case "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "", "serve", "ask", "chat", "feedback", "who-said", "quotes", "speakers", "sources", "index", "eval", "config", "health", "add", "remove":
	default:
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n%s", cmd, usage)
		return exitBadInput
	}

	loaded, err := config.Load(getenv, cli.flags)
	if err != nil {
		fmt.Fprintf(stderr, "parley: configuration:\n%v\n", err)
		return exitBadInput
	}
	cfg := loaded.Config
	switch cmd {
	case "feedback":
		return cmdFeedback(cfg.DataDir, cli.json, cli.exportEval, stdout, stderr)
	case "config":
		printConfig(stdout, loaded)
		return exitOK
	case "health":
		return checkHealth(ctx, cfg, stdout, stderr)
	}
	httpOnly := cfg.DiscordToken == "" && cfg.DiscordPublicKey != "" && cfg.InteractionsAddr != ""
	if cmd == "" && (cfg.DiscordToken != "" || httpOnly) {
		cmd = "serve"
	}
	if cmd == "serve" && cfg.DiscordToken == "" && !httpOnly {
		fmt.Fprint(stderr, "parley: serve needs a bot token in PARLEY_DISCORD_TOKEN, or PARLEY_DISCORD_PUBLIC_KEY and PARLEY_INTERACTIONS_ADDR for the HTTP endpoint (see the README's \"Run it on Discord\")\n")
		return exitBadInput
	}
	if cfg.InteractionsAddr != "" && cfg.DiscordPublicKey == "" {
		fmt.Fprint(stderr, "parley: PARLEY_INTERACTIONS_ADDR needs PARLEY_DISCORD_PUBLIC_KEY to check that requests come from Discord\n")
		return exitBadInput
	}
	// The console on a terminal keeps log lines (the corpus watcher's)
	// from landing after its prompt.
	var prompt *console.Prompt
	if cmd == "" && isTerminal(stdin) {
		prompt = console.NewPrompt(stdout)
	}
	logTo := stderr
	if prompt != nil {
		logTo = prompt.Logs(stderr)
	}
	log := newLogger(cfg, cmd, logTo)

	if cli.all && cmd != "quotes" {
		fmt.Fprint(stderr, "parley: --all goes with quotes: parley quotes --json --all\n")
		return exitBadInput
	}
	if cli.force && cmd != "index" {
		fmt.Fprint(stderr, "parley: --force goes with index: parley index --force rebuilds the whole index\n")
		return exitBadInput
	}
	if cli.all && len(pos) > 0 {
		fmt.Fprint(stderr, "parley: quotes --all lists every quotation; give it no speaker\n")
		return exitBadInput
	}
	// Check the arguments before the index is loaded.
	if need, check, ok := argCheck(cmd); ok && !cli.all {
		if len(pos) == 0 {
			fmt.Fprintf(stderr, "parley: %s needs %s\n", cmd, need)
			return exitBadInput
		}
		if err := check(strings.Join(pos, " ")); err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return exitBadInput
		}
	}
	if (cmd == "add" || cmd == "remove") && len(pos) == 0 {
		fmt.Fprintf(stderr, "parley: %s needs %s\n", cmd, map[string]string{"add": "one or more web addresses", "remove": "an added article's source name (see parley sources)"}[cmd])
		return exitBadInput
	}
	if (cmd == "add" || cmd == "remove") && cfg.DataDir == "" {
		fmt.Fprintf(stderr, "parley: %s needs a data dir (PARLEY_DATA_DIR) to keep articles in\n", cmd)
		return exitBadInput
	}
	if cmd == "eval" && len(pos) != 1 {
		fmt.Fprint(stderr, "parley: eval needs one file, e.g. parley eval ../shared/eval/dev.jsonl\n")
		return exitBadInput
	}

	app, err := newApp(cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	if c, ok := app.opt.Generator.(*llm.Client); ok {
		app.checkLLMServer(ctx, c)
	}
	if cmd == "index" {
		app.opt.IndexOnly = true
		app.opt.Index.Force = cli.force
		app.opt.Index.Progress = progressPrinter(stderr, isTerminal(stderr))
	} else {
		// Other commands say so only when the index takes a while: a first
		// start on a large corpus, or one after the corpus changed.
		slow := newSlowStart(stderr, slowStartAfter)
		defer slow.stop()
		app.opt.Index.Progress = slow.progress(progressPrinter(slow, isTerminal(stderr)))
	}
	eng, info, err := rag.Open(ctx, app.opt)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	log.Info("index ready", "state", info.Reason, "rebuilt", info.Rebuilt, "chunks", info.Chunks,
		"embedded", info.Embedded, "reused", info.Reused, "saved", info.Persisted, "took", info.Took.Round(100_000), "data_dir", cfg.DataDir)
	if info.SaveError != "" {
		if cmd == "index" {
			fmt.Fprintf(stderr, "parley: the index was built but not saved: %s\n", info.SaveError)
			return exitError
		}
		log.Warn("the index is served from memory and will be rebuilt at the next start", "err", info.SaveError)
	}

	text := strings.Join(pos, " ")
	switch cmd {
	case "ask":
		return cmdAsk(ctx, eng, text, cli.json, stdout, stderr)
	case "who-said":
		return cmdWhoSaid(ctx, eng, text, cli.json, stdout, stderr)
	case "quotes":
		if cli.all {
			return cmdAllQuotes(eng, cli.json, stdout, stderr)
		}
		return cmdQuotes(ctx, eng, text, cli.json, stdout, stderr)
	case "speakers":
		return cmdSpeakers(eng, cli.json, stdout, stderr)
	case "sources":
		return cmdSources(eng, cli.json, stdout, stderr)
	case "index":
		state := "index up to date"
		if info.Rebuilt {
			state = fmt.Sprintf("index rebuilt (%s, %d chunks embedded, %d reused)", info.Reason, info.Embedded, info.Reused)
		}
		fmt.Fprintf(stdout, "%s: %d articles, %d chunks, in %s (%s)\n",
			state, len(eng.Sources()), info.Chunks, info.Took.Round(100_000), cfg.DataDir)
		return exitOK
	case "eval":
		return cmdEval(ctx, eng, pos[0], stdout, stderr)
	case "add":
		return cmdAdd(ctx, eng, app.store(), app.fetcher(), pos, cli.json, stdout, stderr)
	case "remove":
		return cmdRemove(ctx, eng, app.store(), text, stdout, stderr)
	case "chat":
		return cmdChat(ctx, eng, stdin, cli.json, stdout, stderr)
	}
	app.prompt = prompt
	return app.runLong(ctx, cmd, eng, stdin, stdout, stderr)
}

// checkLLMServer asks the LLM server which models it has, once at start:
// a configured model it does not list is warned of now rather than failing
// each question, and the token budgets are clamped to the model's context
// window when the server reports it. A server that lists no models is
// fine.
func (a *app) checkLLMServer(ctx context.Context, c *llm.Client) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	models, err := c.Models(ctx)
	if err != nil {
		a.log.Info("the LLM server does not list its models; not checking the model names", "reason", err)
		return
	}
	var names []string
	for _, m := range models {
		names = append(names, m.ID)
	}
	check := func(key, name string) (llm.Model, bool) {
		m, ok := llm.FindModel(models, name)
		if !ok {
			a.log.Warn(key+" names a model the LLM server does not have; answers will fall back to quoting the articles",
				key, name, "server", llmServer(a.cfg), "models", strings.Join(names, ", "))
		}
		return m, ok
	}
	m, ok := check("PARLEY_LLM_MODEL", a.cfg.LLMModel)
	if a.cfg.EmbedProvider == "openai" && (a.cfg.EmbedBaseURL == "" || a.cfg.EmbedBaseURL == a.cfg.LLMBaseURL) {
		check("PARLEY_EMBED_MODEL", a.cfg.EmbedModel)
	}
	if !ok || m.ContextLength == 0 {
		return
	}
	prompt, reply := clampBudgets(m.ContextLength, a.opt.PromptBudget, a.cfg.LLMMaxTokens)
	if prompt != a.opt.PromptBudget || reply != a.cfg.LLMMaxTokens {
		a.log.Warn("the token budgets exceed the model's context window; clamped",
			"context_length", m.ContextLength, "PARLEY_LLM_PROMPT_TOKENS", prompt, "PARLEY_LLM_MAX_TOKENS", reply)
		a.opt.PromptBudget = prompt
		c.SetMaxTokens(reply)
	}
}

// clampBudgets fits a prompt budget and a reply bound into a context
// window: the reply keeps at most a quarter of it, the prompt the rest.
func clampBudgets(window, prompt, reply int) (int, int) {
	if prompt+reply <= window {
		return prompt, reply
	}
	reply = min(reply, max(window/4, 16))
	prompt = min(prompt, window-reply)
	return prompt, reply
}

// progressPrinter shows indexing progress: one updating line on a
// terminal, and plain lines (at most every tenth of the way) elsewhere, so
// logs and CI output hold no carriage returns.
// slowStartAfter is how long the index may take to load or build before
// a command other than index says it is working on it.
const slowStartAfter = 2 * time.Second

// slowStart tells, on stderr, that the index is taking a while: once after
// a delay, then with the build's progress. It is safe for the timer and
// the build to write at once.
type slowStart struct {
	mu    sync.Mutex
	w     io.Writer
	since time.Time
	after time.Duration
	timer *time.Timer
}

func newSlowStart(w io.Writer, after time.Duration) *slowStart {
	s := &slowStart{w: w, since: time.Now(), after: after}
	s.timer = time.AfterFunc(after, func() {
		fmt.Fprintln(s, "parley: preparing the index of the articles; this takes a moment on a first start or after they change…")
	})
	return s
}

// Write implements io.Writer, one writer at a time.
func (s *slowStart) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// progress passes the build's progress on once the delay is over.
func (s *slowStart) progress(next func(done, total int)) func(done, total int) {
	return func(done, total int) {
		if time.Since(s.since) >= s.after {
			next(done, total)
		}
	}
}

// stop ends the notice: the index is ready.
func (s *slowStart) stop() { s.timer.Stop() }

func progressPrinter(w io.Writer, terminal bool) func(done, total int) {
	lastTenth := -1
	return func(done, total int) {
		if terminal {
			fmt.Fprintf(w, "\rindexing: %d/%d chunks embedded", done, total)
			if done == total {
				fmt.Fprintln(w)
			}
			return
		}
		tenth := 10
		if total > 0 {
			tenth = done * 10 / total
		}
		if tenth != lastTenth {
			lastTenth = tenth
			fmt.Fprintf(w, "indexing: %d/%d chunks embedded\n", done, total)
		}
	}
}

// newLogger logs to stderr in the configured format; one-shot commands
// only say what goes wrong.
func newLogger(cfg config.Config, cmd string, stderr io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	if cmd != "" && cmd != "serve" && cmd != "index" && level < slog.LevelWarn {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(stderr, opts))
	}
	return slog.New(slog.NewTextHandler(stderr, opts))
}

// app is what the long-running modes share: engine options and metrics.
type app struct {
	// prompt is the console's prompt on a terminal, or nil.
	prompt *console.Prompt
	cfg    config.Config
	log    *slog.Logger
	opt    rag.Options
	obs    *observers
}

// newApp wires the configuration into the engine's options.
func newApp(cfg config.Config, log *slog.Logger) (*app, error) {
	a := &app{cfg: cfg, log: log, obs: newObservers()}
	a.opt = rag.Options{
		Corpus: corpus.FS(), CorpusName: corpus.Name, Description: corpus.Description, TopK: cfg.TopK,
		LLMTimeout: cfg.LLMTimeout, PromptBudget: cfg.LLMPromptTokens, Observer: a.obs, Log: log,
		MaxArticleBytes: int64(cfg.MaxArticleBytes),
	}
	a.opt.Index.DataDir = cfg.DataDir
	if cfg.DataDir != "" {
		a.opt.Added = os.DirFS(filepath.Join(cfg.DataDir, addedDir))
	}
	if cfg.CorpusDir != "" {
		st, err := os.Stat(cfg.CorpusDir)
		if err != nil {
			return nil, fmt.Errorf("the corpus folder %s: %w", cfg.CorpusDir, err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("the corpus folder %s is not a folder", cfg.CorpusDir)
		}
		a.opt.Corpus, a.opt.CorpusName = os.DirFS(cfg.CorpusDir), cfg.CorpusDir
		a.opt.Description = "" // the built-in articles' description is not theirs
	}
	if d := strings.TrimSpace(cfg.CorpusDescription); d != "" {
		a.opt.Description = d
	}
	if cfg.LLMEnabled() {
		tokenParam := cfg.LLMTokenParam
		if tokenParam == "auto" {
			tokenParam = ""
		}
		a.opt.Generator = llm.New(llm.Config{BaseURL: cfg.LLMBaseURL, APIKey: cfg.LLMAPIKey, Model: cfg.LLMModel,
			MaxTokens: cfg.LLMMaxTokens, TokenParam: tokenParam, SystemRole: cfg.LLMSystemRole})
		log.Info("answers: written by an LLM, checked against the articles", "model", cfg.LLMModel, "server", llmServer(cfg))
	} else {
		log.Info("answers: extractive (no LLM configured; set PARLEY_LLM_BASE_URL to use one)")
	}
	if cfg.EmbedProvider == "openai" {
		base := cfg.EmbedBaseURL
		if base == "" {
			base = cfg.LLMBaseURL
		}
		a.opt.Index.Embedder = llm.NewEmbedder(llm.New(llm.Config{BaseURL: base, APIKey: cfg.LLMAPIKey}), cfg.EmbedModel)
	}
	return a, nil
}

// llmServer names the LLM server for logs.
func llmServer(cfg config.Config) string {
	if cfg.LLMBaseURL == "" {
		return "OpenAI"
	}
	return cfg.LLMBaseURL
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "dev"
}
