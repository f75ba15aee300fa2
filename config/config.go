// Package config is the one place that reads Parley's settings: defaults,
// then environment variables, then command-line flags.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config is Parley's whole configuration.
type Config struct {
	// CorpusDir is a folder of .txt/.md articles; "" means the built-in corpus.
	CorpusDir string
	// DataDir is where the index is persisted.
	DataDir string
	// TopK is how many passages are retrieved per question.
	TopK int

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
	// LLMPromptTokens is the prompt's token budget; the lowest-ranked
	// passages are dropped to fit.
	LLMPromptTokens int

	// EmbedProvider is "local" or "openai".
	EmbedProvider string
	// EmbedModel and EmbedBaseURL choose the embedding model and server.
	EmbedModel, EmbedBaseURL string

	// HTTPAddr is the address for /healthz and /metrics; "" turns them off.
	HTTPAddr string
}

// Defaults returns the configuration with nothing set.
func Defaults() Config {
	return Config{
		DataDir:            defaultDataDir(),
		TopK:               5,
		DiscordAPIBase:     "https://discord.com",
		DiscordPerMinute:   5,
		DiscordConcurrency: 4,
		LLMModel:           "gpt-4o-mini",
		LLMTimeout:         60 * time.Second,
		LLMMaxTokens:       400,
		LLMPromptTokens:    3000,
		EmbedProvider:      "local",
		EmbedModel:         "text-embedding-3-small",
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

// Getenv looks up an environment variable; os.Getenv fits.
type Getenv func(key string) string

// FromEnv applies the PARLEY_* environment variables over c. Every bad value
// is reported, naming the variable and what it expected.
func (c Config) FromEnv(getenv Getenv) (Config, error) {
	var errs []error
	str := func(key string, dst *string) {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			*dst = v
		}
	}
	str("PARLEY_CORPUS_DIR", &c.CorpusDir)
	str("PARLEY_DATA_DIR", &c.DataDir)
	str("PARLEY_DISCORD_TOKEN", &c.DiscordToken)
	str("PARLEY_DISCORD_GUILD_ID", &c.DiscordGuildID)
	str("PARLEY_DISCORD_API_BASE", &c.DiscordAPIBase)
	str("PARLEY_LLM_BASE_URL", &c.LLMBaseURL)
	str("OPENAI_API_KEY", &c.LLMAPIKey)
	str("PARLEY_LLM_API_KEY", &c.LLMAPIKey)
	str("PARLEY_LLM_MODEL", &c.LLMModel)
	str("PARLEY_EMBED_PROVIDER", &c.EmbedProvider)
	str("PARLEY_EMBED_MODEL", &c.EmbedModel)
	str("PARLEY_EMBED_BASE_URL", &c.EmbedBaseURL)
	str("PARLEY_HTTP_ADDR", &c.HTTPAddr)
	if v := strings.TrimSpace(getenv("PARLEY_LLM_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("PARLEY_LLM_TIMEOUT: %q is not a duration, e.g. 30s", v))
		} else {
			c.LLMTimeout = d
		}
	}
	num := func(key string, dst *int, example string) {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a whole number, e.g. %s", key, v, example))
			} else {
				*dst = n
			}
		}
	}
	num("PARLEY_TOP_K", &c.TopK, "5")
	num("PARLEY_DISCORD_RATE", &c.DiscordPerMinute, "5")
	num("PARLEY_DISCORD_CONCURRENCY", &c.DiscordConcurrency, "4")
	if v := strings.TrimSpace(getenv("PARLEY_DISCORD_CHANNELS")); v != "" {
		c.DiscordChannels = nil
		for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
			if _, err := strconv.ParseUint(id, 10, 64); err != nil {
				errs = append(errs, fmt.Errorf("PARLEY_DISCORD_CHANNELS: %q is not a channel ID, expected numbers separated by commas", id))
				continue
			}
			c.DiscordChannels = append(c.DiscordChannels, id)
		}
	}
	num("PARLEY_LLM_MAX_TOKENS", &c.LLMMaxTokens, "400")
	num("PARLEY_LLM_PROMPT_TOKENS", &c.LLMPromptTokens, "3000")
	return c, errors.Join(errs...)
}

// LLMEnabled reports whether answers are written by an LLM: a base URL or
// an API key is set.
func (c Config) LLMEnabled() bool { return c.LLMBaseURL != "" || c.LLMAPIKey != "" }

// Validate checks the values that FromEnv and flags cannot check alone.
func (c Config) Validate() error {
	var errs []error
	if c.TopK < 1 || c.TopK > 50 {
		errs = append(errs, fmt.Errorf("PARLEY_TOP_K: %d is out of range, expected 1 to 50", c.TopK))
	}
	if c.DiscordPerMinute < 1 || c.DiscordPerMinute > 600 {
		errs = append(errs, fmt.Errorf("PARLEY_DISCORD_RATE: %d is out of range, expected 1 to 600 questions a minute", c.DiscordPerMinute))
	}
	if c.DiscordConcurrency < 1 || c.DiscordConcurrency > 64 {
		errs = append(errs, fmt.Errorf("PARLEY_DISCORD_CONCURRENCY: %d is out of range, expected 1 to 64", c.DiscordConcurrency))
	}
	if c.DiscordAPIBase != "" && !strings.HasPrefix(c.DiscordAPIBase, "http://") && !strings.HasPrefix(c.DiscordAPIBase, "https://") {
		errs = append(errs, fmt.Errorf("PARLEY_DISCORD_API_BASE: %q is not a URL, expected scheme://host[:port]", c.DiscordAPIBase))
	}
	if c.LLMMaxTokens < 16 || c.LLMMaxTokens > 32000 {
		errs = append(errs, fmt.Errorf("PARLEY_LLM_MAX_TOKENS: %d is out of range, expected 16 to 32000", c.LLMMaxTokens))
	}
	if c.LLMPromptTokens < 300 || c.LLMPromptTokens > 1000000 {
		errs = append(errs, fmt.Errorf("PARLEY_LLM_PROMPT_TOKENS: %d is out of range, expected 300 to 1000000", c.LLMPromptTokens))
	}
	for key, u := range map[string]string{"PARLEY_LLM_BASE_URL": c.LLMBaseURL, "PARLEY_EMBED_BASE_URL": c.EmbedBaseURL} {
		if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			errs = append(errs, fmt.Errorf("%s: %q is not a URL, expected e.g. http://localhost:11434/v1", key, u))
		}
	}
	if c.EmbedProvider == "openai" && c.EmbedBaseURL == "" && c.LLMBaseURL == "" && c.LLMAPIKey == "" {
		errs = append(errs, errors.New("PARLEY_EMBED_PROVIDER: openai needs PARLEY_EMBED_BASE_URL, PARLEY_LLM_BASE_URL or an API key"))
	}
	if c.EmbedProvider != "local" && c.EmbedProvider != "openai" {
		errs = append(errs, fmt.Errorf("PARLEY_EMBED_PROVIDER: %q is not a provider, expected local or openai", c.EmbedProvider))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("PARLEY_DATA_DIR: empty, expected a folder for the index"))
	}
	return errors.Join(errs...)
}
