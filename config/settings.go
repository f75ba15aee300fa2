package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/parleybot/parley/internal/textutil"
)

// setting is one configuration key: its environment variable (also its
// key in the config file), its flag if any, and how to set and show it.
type setting struct {
	key    string
	flag   string
	secret bool
	set    func(c *Config, v string) error
	get    func(c Config) string
}

func str(key, flag string, field func(c *Config) *string) setting {
	return setting{key: key, flag: flag,
		set: func(c *Config, v string) error { *field(c) = v; return nil },
		get: func(c Config) string { return *field(&c) }}
}

func secret(key string, field func(c *Config) *string) setting {
	s := str(key, "", field)
	s.secret = true
	return s
}

func num(key, flag string, lo, hi int, example string, field func(c *Config) *int) setting {
	return setting{key: key, flag: flag,
		set: func(c *Config, v string) error {
			n, err := parseInt(v, lo, hi, example)
			if err == nil {
				*field(c) = n
			}
			return err
		},
		get: func(c Config) string { return strconv.Itoa(*field(&c)) }}
}

func urlKey(key, example string, field func(c *Config) *string) setting {
	return setting{key: key,
		set: func(c *Config, v string) error {
			u, err := parseURL(v, example)
			if err == nil {
				*field(c) = u
			}
			return err
		},
		get: func(c Config) string { return *field(&c) }}
}

// boolean is true or false.
func boolean(key string, field func(c *Config) *bool) setting {
	return setting{key: key,
		set: func(c *Config, v string) error {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return fmt.Errorf("%q is not true or false", v)
			}
			*field(c) = b
			return nil
		},
		get: func(c Config) string { return strconv.FormatBool(*field(&c)) }}
}

// duration is a positive duration such as 30s.
func duration(key string, field func(c *Config) *time.Duration) setting {
	return setting{key: key,
		set: func(c *Config, v string) error {
			d, err := time.ParseDuration(v)
			if err != nil {
				return fmt.Errorf("%q is not a duration, e.g. 30s", v)
			}
			if d <= 0 {
				return fmt.Errorf("%q must be positive, e.g. 30s", v)
			}
			*field(c) = d
			return nil
		},
		get: func(c Config) string { return field(&c).String() }}
}

// addrKey is a listen address, host:port or :port.
func addrKey(key, flag string, field func(c *Config) *string) setting {
	return setting{key: key, flag: flag,
		set: func(c *Config, v string) error {
			a, err := parseAddr(v)
			if err == nil {
				*field(c) = a
			}
			return err
		},
		get: func(c Config) string { return *field(&c) }}
}

func choice(key, flag string, field func(c *Config) *string, choices ...string) setting {
	return setting{key: key, flag: flag,
		set: func(c *Config, v string) error {
			s, err := oneOf(v, choices...)
			if err == nil {
				*field(c) = s
			}
			return err
		},
		get: func(c Config) string { return *field(&c) }}
}

// settings lists every key, in the order `parley config` shows them.
func settings() []setting {
	return []setting{
		str("PARLEY_CORPUS_DIR", "corpus", func(c *Config) *string { return &c.CorpusDir }),
		str("PARLEY_CORPUS_DESCRIPTION", "corpus-description", func(c *Config) *string { return &c.CorpusDescription }),
		{key: "PARLEY_DATA_DIR", flag: "data-dir",
			set: func(c *Config, v string) error {
				if v == "" {
					return errors.New("empty, expected a folder for the index")
				}
				c.DataDir = v
				return nil
			},
			get: func(c Config) string { return c.DataDir }},
		num("PARLEY_TOP_K", "top-k", 1, 50, "5", func(c *Config) *int { return &c.TopK }),
		boolean("PARLEY_WATCH", func(c *Config) *bool { return &c.Watch }),
		boolean("PARLEY_FEEDBACK_LOG", func(c *Config) *bool { return &c.FeedbackLog }),
		duration("PARLEY_FETCH_TIMEOUT", func(c *Config) *time.Duration { return &c.FetchTimeout }),
		num("PARLEY_FETCH_MAX_BYTES", "", 1024, 1<<30, "5000000", func(c *Config) *int { return &c.FetchMaxBytes }),
		boolean("PARLEY_FETCH_ALLOW_PRIVATE", func(c *Config) *bool { return &c.FetchAllowPrivate }),
		{key: "PARLEY_FEEDS",
			set: func(c *Config, v string) error {
				var feeds []string
				for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
					u, err := parseURL(f, "https://example.com/rss.xml")
					if err != nil {
						return err
					}
					feeds = append(feeds, u)
				}
				c.Feeds = feeds
				return nil
			},
			get: func(c Config) string { return strings.Join(c.Feeds, ",") }},
		duration("PARLEY_FEED_INTERVAL", func(c *Config) *time.Duration { return &c.FeedInterval }),
		num("PARLEY_FEED_MAX_ITEMS", "", 1, 1000, "50", func(c *Config) *int { return &c.FeedMaxItems }),
		num("PARLEY_MAX_ARTICLE_BYTES", "", 1024, 1<<30, "2000000", func(c *Config) *int { return &c.MaxArticleBytes }),
		secret("PARLEY_DISCORD_TOKEN", func(c *Config) *string { return &c.DiscordToken }),
		{key: "PARLEY_DISCORD_GUILD_ID",
			set: func(c *Config, v string) error {
				if v != "" && !isID(v) {
					return fmt.Errorf("%q is not a server ID, expected a number like 1234567890123456789", v)
				}
				c.DiscordGuildID = v
				return nil
			},
			get: func(c Config) string { return c.DiscordGuildID }},
		num("PARLEY_DISCORD_SHARD_ID", "", 0, 1<<20, "0", func(c *Config) *int { return &c.DiscordShardID }),
		{key: "PARLEY_DISCORD_SHARD_COUNT",
			set: func(c *Config, v string) error {
				if v != "" && v != "auto" {
					if n, err := strconv.Atoi(v); err != nil || n < 1 {
						return fmt.Errorf("%q is not a shard count: a whole number from 1, or auto", v)
					}
				}
				c.DiscordShardCount = v
				return nil
			},
			get: func(c Config) string { return c.DiscordShardCount }},
		addrKey("PARLEY_INTERACTIONS_ADDR", "", func(c *Config) *string { return &c.InteractionsAddr }),
		{key: "PARLEY_DISCORD_PUBLIC_KEY",
			set: func(c *Config, v string) error {
				if v != "" {
					if b, err := hex.DecodeString(v); err != nil || len(b) != 32 {
						return fmt.Errorf("%q is not a public key: 64 hex digits, from the Developer Portal's General Information", v)
					}
				}
				c.DiscordPublicKey = v
				return nil
			},
			get: func(c Config) string { return c.DiscordPublicKey }},
		urlKey("PARLEY_DISCORD_API_BASE", "https://discord.com", func(c *Config) *string { return &c.DiscordAPIBase }),
		{key: "PARLEY_DISCORD_CHANNELS",
			set: func(c *Config, v string) error {
				var ids []string
				for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
					if !isID(id) {
						return fmt.Errorf("%q is not a channel ID, expected numbers separated by commas", id)
					}
					ids = append(ids, id)
				}
				c.DiscordChannels = ids
				return nil
			},
			get: func(c Config) string { return strings.Join(c.DiscordChannels, ",") }},
		num("PARLEY_DISCORD_RATE", "", 1, 600, "5", func(c *Config) *int { return &c.DiscordPerMinute }),
		num("PARLEY_DISCORD_CONCURRENCY", "", 1, 64, "4", func(c *Config) *int { return &c.DiscordConcurrency }),
		urlKey("PARLEY_LLM_BASE_URL", "http://localhost:11434/v1", func(c *Config) *string { return &c.LLMBaseURL }),
		secret("PARLEY_LLM_API_KEY", func(c *Config) *string { return &c.LLMAPIKey }),
		str("PARLEY_LLM_MODEL", "", func(c *Config) *string { return &c.LLMModel }),
		duration("PARLEY_LLM_TIMEOUT", func(c *Config) *time.Duration { return &c.LLMTimeout }),
		duration("PARLEY_SHUTDOWN_GRACE", func(c *Config) *time.Duration { return &c.ShutdownGrace }),
		num("PARLEY_LLM_MAX_TOKENS", "", 16, 32000, "400", func(c *Config) *int { return &c.LLMMaxTokens }),
		choice("PARLEY_LLM_TOKEN_PARAM", "", func(c *Config) *string { return &c.LLMTokenParam }, "auto", "max_tokens", "max_completion_tokens"),
		choice("PARLEY_LLM_SYSTEM_ROLE", "", func(c *Config) *string { return &c.LLMSystemRole }, "system", "user"),
		num("PARLEY_LLM_PROMPT_TOKENS", "", 300, 1000000, "3000", func(c *Config) *int { return &c.LLMPromptTokens }),
		choice("PARLEY_EMBED_PROVIDER", "", func(c *Config) *string { return &c.EmbedProvider }, "local", "openai"),
		str("PARLEY_EMBED_MODEL", "", func(c *Config) *string { return &c.EmbedModel }),
		urlKey("PARLEY_EMBED_BASE_URL", "http://localhost:11434/v1", func(c *Config) *string { return &c.EmbedBaseURL }),
		addrKey("PARLEY_HTTP_ADDR", "http-addr", func(c *Config) *string { return &c.HTTPAddr }),
		choice("PARLEY_LOG_FORMAT", "", func(c *Config) *string { return &c.LogFormat }, "text", "json"),
		choice("PARLEY_LOG_LEVEL", "", func(c *Config) *string { return &c.LogLevel }, "debug", "info", "warn", "error"),
	}
}

func isID(s string) bool {
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

func settingByKey(key string) (setting, bool) {
	for _, s := range settings() {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}

// FlagKeys maps each flag to its key, for the command line.
func FlagKeys() map[string]string {
	out := map[string]string{"config": ConfigKey}
	for _, s := range settings() {
		if s.flag != "" {
			out[s.flag] = s.key
		}
	}
	return out
}

// readFile reads a YAML file of KEY: value pairs, keys as the environment
// variables. A list value (channels) is joined with commas. Unknown keys
// are errors that name the closest known key.
func readFile(path string) ([][2]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the config file: %w", ConfigKey, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %s is not valid YAML: %w", ConfigKey, path, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil // an empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: %s should hold KEY: value pairs, e.g. PARLEY_LLM_MODEL: llama3.2", ConfigKey, path)
	}
	var out [][2]string
	var errs []error
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		if _, ok := settingByKey(key); !ok {
			errs = append(errs, fmt.Errorf("%s (in %s, line %d): unknown key%s", key, path, k.Line, didYouMean(key)))
			continue
		}
		if seen[key] {
			errs = append(errs, fmt.Errorf("%s (in %s, line %d): set twice", key, path, k.Line))
		}
		seen[key] = true
		switch v.Kind {
		case yaml.ScalarNode:
			out = append(out, [2]string{key, v.Value})
		case yaml.SequenceNode:
			var items []string
			for _, it := range v.Content {
				items = append(items, it.Value)
			}
			out = append(out, [2]string{key, strings.Join(items, ",")})
		default:
			errs = append(errs, fmt.Errorf("%s (in %s, line %d): expected a value, not a map", key, path, v.Line))
		}
	}
	return out, errors.Join(errs...)
}

// didYouMean names the known key closest to an unknown one.
func didYouMean(key string) string {
	type cand struct {
		key string
		d   int
	}
	var cs []cand
	for _, s := range settings() {
		cs = append(cs, cand{s.key, textutil.EditDistance(strings.ToUpper(key), s.key)})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	if len(cs) > 0 && cs[0].d <= 4 {
		return " (did you mean " + cs[0].key + "?)"
	}
	return ""
}
