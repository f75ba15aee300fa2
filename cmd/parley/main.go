// Command parley answers questions about news articles on the Syrian peace
// talks, citing the article file and lines, from a terminal or on Discord.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/config"
	"github.com/parleybot/parley/corpus"
	"github.com/parleybot/parley/internal/console"
	"github.com/parleybot/parley/internal/eval"
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
  speakers          everyone quoted in the articles
  sources           list the articles
  index             rebuild the index now
  eval FILE         score a gold set (JSON lines)
  version           print the version

Flags (anywhere on the line):
  --json            machine-readable output (ask, who-said, quotes, speakers, sources)
  --corpus DIR      folder of .txt/.md articles (env PARLEY_CORPUS_DIR; default: built-in)
  --data-dir DIR    where the index is kept (env PARLEY_DATA_DIR)
  --top-k N         passages retrieved per question (env PARLEY_TOP_K; default 5)
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

// cliFlags are the command line's flags, wherever they stand.
type cliFlags struct {
	json    bool
	corpus  string
	dataDir string
	topK    int
}

// parseArgs reads flags anywhere among the arguments; "--" ends flags.
func parseArgs(args []string, stderr io.Writer) (cliFlags, []string, error) {
	var f cliFlags
	fs := flag.NewFlagSet("parley", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&f.json, "json", false, "")
	fs.StringVar(&f.corpus, "corpus", "", "")
	fs.StringVar(&f.dataDir, "data-dir", "", "")
	fs.IntVar(&f.topK, "top-k", 0, "")
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stderr, usage)
			}
			return f, nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return f, positional, nil
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv config.Getenv) int {
	flags, pos, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n\n%s", err, usage)
		return exitBadInput
	}
	cmd := ""
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
	case "", "serve", "ask", "who-said", "quotes", "speakers", "sources", "index", "eval":
	default:
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n%s", cmd, usage)
		return exitBadInput
	}

	cfg, err := loadConfig(flags, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "parley: configuration:\n%v\n", err)
		return exitBadInput
	}
	if cmd == "" && cfg.DiscordToken != "" {
		cmd = "serve"
	}
	if cmd == "serve" && cfg.DiscordToken == "" {
		fmt.Fprint(stderr, "parley: serve needs a bot token in PARLEY_DISCORD_TOKEN (see the README's \"Run it on Discord\")\n")
		return exitBadInput
	}
	logLevel := slog.LevelWarn
	if cmd == "" || cmd == "index" || cmd == "serve" {
		logLevel = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel}))

	// Check the arguments before the index is loaded.
	switch cmd {
	case "ask":
		if len(pos) == 0 {
			fmt.Fprint(stderr, "parley: ask needs a question, e.g. parley ask \"Who sponsored the Astana talks?\"\n")
			return exitBadInput
		}
		if err := rag.ValidateQuestion(strings.Join(pos, " ")); err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return exitBadInput
		}
	case "who-said":
		if len(pos) == 0 {
			fmt.Fprint(stderr, "parley: who-said needs a quotation, e.g. parley who-said \"I lost the argument\"\n")
			return exitBadInput
		}
		if err := rag.ValidateQuotation(strings.Join(pos, " ")); err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return exitBadInput
		}
	case "quotes":
		if len(pos) == 0 {
			fmt.Fprint(stderr, "parley: quotes needs a speaker, e.g. parley quotes Kerry\n")
			return exitBadInput
		}
		if err := rag.ValidateSpeakerName(strings.Join(pos, " ")); err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return exitBadInput
		}
	case "eval":
		if len(pos) != 1 {
			fmt.Fprint(stderr, "parley: eval needs one file, e.g. parley eval ../shared/eval/dev.jsonl\n")
			return exitBadInput
		}
	}

	opt, err := engineOptions(cfg)
	if cfg.LLMEnabled() {
		log.Info("answers: written by an LLM, checked against the articles", "model", cfg.LLMModel, "server", llmServer(cfg))
	} else if cmd == "" {
		log.Info("answers: extractive (no LLM configured; set PARLEY_LLM_BASE_URL to use one)")
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	if cmd == "index" {
		opt.Index.Force = true
		opt.Index.Progress = func(done, total int) {
			fmt.Fprintf(stderr, "\rindexing: %d/%d chunks embedded", done, total)
			if done == total {
				fmt.Fprintln(stderr)
			}
		}
	}
	eng, info, err := rag.Open(ctx, opt)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	log.Info("index ready", "state", info.Reason, "rebuilt", info.Rebuilt, "chunks", info.Chunks,
		"saved", info.Persisted, "took", info.Took.Round(100_000), "data_dir", cfg.DataDir)

	switch cmd {
	case "ask":
		return cmdAsk(ctx, eng, strings.Join(pos, " "), flags.json, stdout, stderr)
	case "who-said":
		text := strings.Join(pos, " ")
		ms, err := eng.WhoSaid(ctx, text)
		if err != nil {
			return fail(stderr, err)
		}
		if flags.json {
			return writeJSON(stdout, stderr, struct {
				Query   string            `json:"query"`
				Matches []rag.Attribution `json:"matches"`
			}{text, ms})
		}
		fmt.Fprint(stdout, console.FormatAttributions(ms))
		return exitOK
	case "quotes":
		name := strings.Join(pos, " ")
		sq, err := eng.QuotesBy(ctx, name)
		if err != nil {
			return fail(stderr, err)
		}
		if flags.json {
			return writeJSON(stdout, stderr, sq)
		}
		fmt.Fprint(stdout, console.FormatSpeakerQuotes(name, sq))
		return exitOK
	case "speakers":
		if flags.json {
			return writeJSON(stdout, stderr, eng.Speakers())
		}
		fmt.Fprint(stdout, console.FormatSpeakers(eng.Speakers()))
		return exitOK
	case "sources":
		return cmdSources(eng, flags.json, stdout)
	case "index":
		fmt.Fprintf(stdout, "index rebuilt: %d articles, %d chunks, in %s (%s)\n",
			len(eng.Sources()), info.Chunks, info.Took.Round(100_000), cfg.DataDir)
		return exitOK
	case "eval":
		return cmdEval(ctx, eng, pos[0], stdout, stderr)
	}
	if cmd == "serve" {
		return serve(ctx, eng, cfg, log, stderr)
	}
	if err := console.Run(ctx, eng, stdin, stdout, isTerminal(stdin)); err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	return exitOK
}

// serve runs the Discord bot until ctx ends (SIGINT or SIGTERM).
func serve(ctx context.Context, eng *rag.Engine, cfg config.Config, log *slog.Logger, stderr io.Writer) int {
	s, err := bot.NewSession(cfg.DiscordToken, cfg.DiscordAPIBase)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitBadInput
	}
	b := bot.New(s, eng, bot.Config{
		GuildID: cfg.DiscordGuildID, AllowedChannels: cfg.DiscordChannels,
		PerMinute: cfg.DiscordPerMinute, MaxConcurrent: cfg.DiscordConcurrency,
		Deadline: cfg.LLMTimeout + 30*time.Second, Log: log,
	})
	b.Attach(s)
	if err := s.Open(); err != nil {
		fmt.Fprintf(stderr, "parley: connecting to Discord: %v\n", err)
		return exitError
	}
	log.Info("connected to Discord; stop with Ctrl-C")
	<-ctx.Done()
	log.Info("shutting down")
	if err := s.Close(); err != nil {
		log.Warn("closing the Discord session", "err", err)
	}
	return exitOK
}

// llmServer names the LLM server for logs.
func llmServer(cfg config.Config) string {
	if cfg.LLMBaseURL == "" {
		return "OpenAI"
	}
	return cfg.LLMBaseURL
}

// loadConfig applies defaults, then the environment, then flags.
func loadConfig(f cliFlags, getenv config.Getenv) (config.Config, error) {
	cfg, err := config.Defaults().FromEnv(getenv)
	if err != nil {
		return cfg, err
	}
	if f.corpus != "" {
		cfg.CorpusDir = f.corpus
	}
	if f.dataDir != "" {
		cfg.DataDir = f.dataDir
	}
	if f.topK != 0 {
		cfg.TopK = f.topK
	}
	return cfg, cfg.Validate()
}

// engineOptions wires the configuration into the engine's options.
func engineOptions(cfg config.Config) (rag.Options, error) {
	opt := rag.Options{
		Corpus: corpus.FS(), CorpusName: corpus.Name, TopK: cfg.TopK,
		LLMTimeout: cfg.LLMTimeout, PromptBudget: cfg.LLMPromptTokens,
	}
	opt.Index.DataDir = cfg.DataDir
	if cfg.LLMEnabled() {
		opt.Generator = llm.New(llm.Config{BaseURL: cfg.LLMBaseURL, APIKey: cfg.LLMAPIKey, Model: cfg.LLMModel, MaxTokens: cfg.LLMMaxTokens})
	}
	if cfg.EmbedProvider == "openai" {
		base := cfg.EmbedBaseURL
		if base == "" {
			base = cfg.LLMBaseURL
		}
		opt.Index.Embedder = llm.NewEmbedder(llm.New(llm.Config{BaseURL: base, APIKey: cfg.LLMAPIKey}), cfg.EmbedModel)
	}
	if cfg.CorpusDir != "" {
		st, err := os.Stat(cfg.CorpusDir)
		if err != nil {
			return opt, fmt.Errorf("the corpus folder %s: %w", cfg.CorpusDir, err)
		}
		if !st.IsDir() {
			return opt, fmt.Errorf("the corpus folder %s is not a folder", cfg.CorpusDir)
		}
		opt.Corpus, opt.CorpusName = os.DirFS(cfg.CorpusDir), cfg.CorpusDir
	}
	return opt, nil
}

// fail reports an error: bad input exits 2, anything else 1.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "parley: %v\n", err)
	var ie *rag.InputError
	if errors.As(err, &ie) {
		return exitBadInput
	}
	return exitError
}

func cmdAsk(ctx context.Context, eng *rag.Engine, q string, asJSON bool, stdout, stderr io.Writer) int {
	a, err := eng.Ask(ctx, q)
	if err != nil {
		return fail(stderr, err)
	}
	if asJSON {
		if a.Note != "" {
			fmt.Fprintf(stderr, "parley: note: %s\n", a.Note)
		}
		return writeJSON(stdout, stderr, a)
	}
	fmt.Fprint(stdout, console.FormatAnswer(a))
	return exitOK
}

func cmdSources(eng *rag.Engine, asJSON bool, stdout io.Writer) int {
	if asJSON {
		return writeJSON(stdout, io.Discard, eng.Sources())
	}
	fmt.Fprint(stdout, console.FormatSources(eng.Sources()))
	return exitOK
}

func cmdEval(ctx context.Context, eng *rag.Engine, file string, stdout, stderr io.Writer) int {
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitBadInput
	}
	defer f.Close()
	items, err := eval.Load(f)
	if err != nil {
		fmt.Fprintf(stderr, "parley: reading %s: %v\n", file, err)
		return exitBadInput
	}
	results, err := eval.Run(ctx, eng, items)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	eval.WriteReport(stdout, results)
	if eval.Failed(results) > 0 {
		return exitError
	}
	return exitOK
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "parley: writing JSON: %v\n", err)
		return exitError
	}
	return exitOK
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&fs.ModeCharDevice != 0
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
