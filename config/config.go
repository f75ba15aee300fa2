// Package config is the one place that reads Parley's settings: defaults,
// then a YAML file (PARLEY_CONFIG or --config), then environment variables,
// then command-line flags, each over the one before.
package config

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// DefaultMaxArticleBytes is 2 MB: a long news article is 50 KB, so a file
// forty times that is a dump, not an article.
const DefaultMaxArticleBytes = 2_000_000

// Config is Parley's whole configuration.
type Config struct {
	// CorpusDir is a folder of .txt/.md articles; "" means the built-in corpus.
	CorpusDir string
	// DiscordShardID and DiscordShardCount pick this process's gateway
	// shard; DiscordShardCount "auto" runs all of Discord's recommended
	// shards in this process, "" one shard.
	DiscordShardID    int
	DiscordShardCount string
	// InteractionsAddr is where Discord's Interactions Endpoint is
	// served (POST /interactions); "" turns it off.
	InteractionsAddr string
	// DiscordPublicKey is the application's public key, hex, that signs
	// interactions.
	DiscordPublicKey string
	// CorpusDescription names what the articles are about, in one phrase;
	// "" means the built-in corpus's own, or a neutral one for a folder.
	CorpusDescription string
	// DataDir is where the index is persisted.
	DataDir string
	// TopK is how many passages are retrieved per question.
	TopK int
	// Watch picks up changes to CorpusDir without a restart.
	Watch bool
	// FetchTimeout and FetchMaxBytes bound each request when fetching
	// articles and feeds; FetchAllowPrivate lets it reach loopback and
	// private addresses.
	FetchTimeout      time.Duration
	FetchMaxBytes     int
	FetchAllowPrivate bool
	// Feeds are RSS/Atom feeds serve follows, polled every FeedInterval
	// for their newest FeedMaxItems items.
	Feeds        []string
	FeedInterval time.Duration
	FeedMaxItems int
	// MaxArticleBytes skips, with a warning, a corpus file larger than
	// this many bytes.
	MaxArticleBytes int
	// FeedbackLog keeps 👍/👎 votes, with the question and answer, in
	// feedback.jsonl in the data dir.
	FeedbackLog bool

	// DiscordToken is the bot token; without it Parley starts the console.
	DiscordToken string
	// DiscordGuildID registers commands in one guild instead of globally.
	DiscordGuildID string
	// DiscordAPIBase replaces https://discord.com for REST calls.
	DiscordAPIBase string
	// DiscordChannels, if set, are the only channel IDs Parley answers in.
	DiscordChannels []string
	// DiscordPerMinute is each user's question budget per minute.
	DiscordPerMinute int
	// DiscordConcurrency caps engine calls at once; a burst queues.
	DiscordConcurrency int

	// LLMBaseURL is an OpenAI-compatible base URL; "" keeps answers extractive.
	LLMBaseURL string
	// LLMAPIKey is the key for that server.
	LLMAPIKey string
	// LLMModel is the chat model name.
	LLMModel string
	// LLMTimeout bounds the LLM part of one answer, retries included.
	LLMTimeout time.Duration
	// LLMMaxTokens bounds each LLM reply.
	LLMMaxTokens int
	// ShutdownGrace is how long SIGTERM waits for answers in flight.
	ShutdownGrace time.Duration
	// LLMTokenParam is how the reply bound is sent: auto (by model
	// family), max_tokens, or max_completion_tokens.
	LLMTokenParam string
	// LLMSystemRole is "system", or "user" for chat templates that refuse
	// a system message.
	LLMSystemRole string
	// LLMPromptTokens is the prompt's token budget; the lowest-ranked
	// passages are dropped to fit.
	LLMPromptTokens int

	// EmbedProvider is "local" or "openai".
	EmbedProvider string
	// EmbedModel and EmbedBaseURL choose the embedding model and server.
	EmbedModel, EmbedBaseURL string

	// HTTPAddr is the address for /healthz and /metrics; "" turns them off.
	HTTPAddr string
	// LogFormat is "text" or "json"; LogLevel "debug", "info", "warn" or "error".
	LogFormat, LogLevel string
}

// Defaults returns the configuration with nothing set.
func Defaults() Config {
	return Config{
		DataDir:            defaultDataDir(),
		TopK:               5,
		Watch:              true,
		FeedbackLog:        true,
		MaxArticleBytes:    DefaultMaxArticleBytes,
		FetchTimeout:       20 * time.Second,
		FetchMaxBytes:      5_000_000,
		FeedInterval:       30 * time.Minute,
		FeedMaxItems:       50,
		DiscordAPIBase:     "https://discord.com",
		DiscordPerMinute:   5,
		DiscordConcurrency: 4,
		LLMModel:           "gpt-4o-mini",
		LLMTimeout:         60 * time.Second,
		LLMMaxTokens:       400,
		LLMPromptTokens:    3000,
		LLMTokenParam:      "auto",
		ShutdownGrace:      10 * time.Second,
		LLMSystemRole:      "system",
		EmbedProvider:      "local",
		EmbedModel:         "text-embedding-3-small",
		LogFormat:          "text",
		LogLevel:           "info",
	}
}

// defaultDataDir is the user cache dir + /parley, or a folder in the temp
// dir when the system has no cache dir.
func defaultDataDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "parley")
	}
	return filepath.Join(os.TempDir(), "parley")
}

// LLMEnabled reports whether answers are written by an LLM: a base URL or
// an API key is set.
func (c Config) LLMEnabled() bool { return c.LLMBaseURL != "" || c.LLMAPIKey != "" }

// Getenv looks up an environment variable; os.Getenv fits.
type Getenv func(key string) string

// Origin says where a value came from.
type Origin string

// Origins, from weakest to strongest.
const (
	FromDefault Origin = "default"
	FromFile    Origin = "file"
	FromEnv     Origin = "env"
	FromFlag    Origin = "flag"
)

// Loaded is a configuration with where each value came from.
type Loaded struct {
	Config
	// Origins maps each key (PARLEY_…) to where its value came from.
	Origins map[string]Origin
	// File is the config file read, or "".
	File string
}

// ConfigKey names the config file's variable.
const ConfigKey = "PARLEY_CONFIG"

// Load builds the configuration. flags holds the keys set on the command
// line (by key, e.g. PARLEY_DATA_DIR), with ConfigKey for --config. Every bad
// value is reported, naming its key, where it came from and what was
// expected; unknown keys in the file are reported too.
func Load(getenv Getenv, flags map[string]string) (Loaded, error) {
	l := Loaded{Config: Defaults(), Origins: map[string]Origin{}}
	for _, s := range settings() {
		l.Origins[s.key] = FromDefault
	}
	var errs []error
	apply := func(key, value string, from Origin, where string) {
		s, ok := settingByKey(key)
		if !ok {
			return
		}
		if err := s.set(&l.Config, strings.TrimSpace(value)); err != nil {
			errs = append(errs, fmt.Errorf("%s%s: %w", key, where, err))
			return
		}
		l.Origins[key] = from
	}
	// OPENAI_API_KEY is the fallback for PARLEY_LLM_API_KEY.
	if v := strings.TrimSpace(getenv("OPENAI_API_KEY")); v != "" {
		apply("PARLEY_LLM_API_KEY", v, FromEnv, " (from OPENAI_API_KEY)")
	}
	l.File = flags[ConfigKey]
	if l.File == "" {
		l.File = strings.TrimSpace(getenv(ConfigKey))
	}
	if l.File != "" {
		values, err := readFile(l.File)
		if err != nil {
			errs = append(errs, err)
		}
		for _, kv := range values {
			apply(kv[0], kv[1], FromFile, " (in "+l.File+")")
		}
	}
	for _, s := range settings() {
		if v := strings.TrimSpace(getenv(s.key)); v != "" {
			apply(s.key, v, FromEnv, "")
		}
	}
	for key, v := range flags {
		if key != ConfigKey {
			apply(key, v, FromFlag, " (--"+flagOf(key)+")")
		}
	}
	errs = append(errs, l.validate()...)
	return l, errors.Join(errs...)
}

func flagOf(key string) string {
	if s, ok := settingByKey(key); ok && s.flag != "" {
		return s.flag
	}
	return key
}

// validate checks what single values cannot.
func (c Config) validate() []error {
	var errs []error
	if c.EmbedProvider == "openai" && c.EmbedBaseURL == "" && c.LLMBaseURL == "" && c.LLMAPIKey == "" {
		errs = append(errs, errors.New("PARLEY_EMBED_PROVIDER: openai needs PARLEY_EMBED_BASE_URL, PARLEY_LLM_BASE_URL or an API key"))
	}
	return errs
}

// Validate checks a configuration built by hand.
func (c Config) Validate() error {
	var errs []error
	for _, s := range settings() {
		if err := s.set(&c, s.get(c)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.key, err))
		}
	}
	errs = append(errs, c.validate()...)
	return errors.Join(errs...)
}

// Entry is one line of `parley config`.
type Entry struct {
	Key, Flag, Value string
	Origin           Origin
	Secret           bool
}

// Entries lists every setting with its effective value and origin; secrets
// are never shown, only whether they are set.
func (l Loaded) Entries() []Entry {
	var out []Entry
	for _, s := range settings() {
		v := s.get(l.Config)
		if s.secret {
			v = MaskSecret(v)
		}
		out = append(out, Entry{Key: s.key, Flag: s.flag, Value: v, Origin: l.Origins[s.key], Secret: s.secret})
	}
	return out
}

// MaskSecret hides a secret: "(set, hidden)" or "(not set)".
func MaskSecret(v string) string {
	if v == "" {
		return "(not set)"
	}
	return "(set, hidden)"
}

// Secrets returns the secret values that are set, for scrubbing logs.
func (c Config) Secrets() []string {
	var out []string
	for _, s := range settings() {
		if v := s.get(c); s.secret && v != "" {
			out = append(out, v)
		}
	}
	return out
}

// parseInt parses a whole number within [lo, hi].
func parseInt(v string, lo, hi int, example string) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number, e.g. %s", v, example)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%d is out of range, expected %d to %d", n, lo, hi)
	}
	return n, nil
}

func parseURL(v, example string) (string, error) {
	if v != "" && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") {
		return "", fmt.Errorf("%q is not a URL, expected e.g. %s", v, example)
	}
	return v, nil
}

// parseAddr checks a listen address: host:port or :port, the port a
// number from 0 to 65535, the host a name or an IP address.
func parseAddr(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	host, port, err := net.SplitHostPort(v)
	if err != nil {
		return "", fmt.Errorf("%q is not an address, expected host:port or :port, e.g. 127.0.0.1:8080", v)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return "", fmt.Errorf("%q has no valid port (0 to 65535), e.g. 127.0.0.1:8080", v)
	}
	if strings.ContainsAny(host, " /") {
		return "", fmt.Errorf("%q has no valid host, e.g. 127.0.0.1:8080", v)
	}
	return v, nil
}

func oneOf(v string, choices ...string) (string, error) {
	for _, c := range choices {
		if v == c {
			return v, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", v, strings.Join(choices, ", "))
}
