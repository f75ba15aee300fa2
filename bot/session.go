package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIBase is where Discord's REST API lives.
const DefaultAPIBase = "https://discord.com"

// NewSession returns a discordgo session for a bot token. With an apiBase
// other than https://discord.com, REST calls go there instead (a REST
// proxy, or a test server): a RoundTripper on Session.Client rewrites the
// scheme and host, so discordgo's package variables stay untouched. The
// gateway is whatever that server's /api/v9/gateway returns.
//
// With no token (the Interactions Endpoint alone), requests carry no
// Authorization header: webhook routes take none, and bot routes are not
// called (see Bot.hasToken).
func NewSession(token, apiBase string) (*discordgo.Session, error) {
	auth := ""
	if t := strings.TrimPrefix(token, "Bot "); t != "" {
		auth = "Bot " + t
	}
	s, err := discordgo.New(auth)
	if err != nil {
		return nil, fmt.Errorf("creating the Discord session: %w", err)
	}
	if apiBase != "" && strings.TrimRight(apiBase, "/") != DefaultAPIBase {
		u, err := url.Parse(apiBase)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("PARLEY_DISCORD_API_BASE: %q is not scheme://host[:port]", apiBase)
		}
		s.Client = &http.Client{Timeout: 20 * time.Second, Transport: rewriteHost{scheme: u.Scheme, host: u.Host, next: http.DefaultTransport}}
	}
	s.Identify.Intents = Intents
	s.ShouldReconnectOnError = true
	s.ShouldRetryOnRateLimit = true
	return s, nil
}

// rewriteHost sends requests meant for discord.com to another host.
type rewriteHost struct {
	scheme, host string
	next         http.RoundTripper
}

func (r rewriteHost) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host == "discord.com" || strings.HasSuffix(req.URL.Host, ".discord.com") {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host, req.Host = r.scheme, r.host, ""
	}
	resp, err := r.next.RoundTrip(req)
	if err != nil {
		// http.Client reports the URL discordgo asked for (discord.com):
		// name the server actually tried.
		return nil, fmt.Errorf("the Discord API at %s://%s (PARLEY_DISCORD_API_BASE): %w", r.scheme, r.host, err)
	}
	return resp, nil
}

// ShardSession is a session for one gateway shard.
type ShardSession struct{ *discordgo.Session }

// NewShardSession is NewSession for shard id of count: the session
// identifies with [id, count], and Discord sends it that shard's events.
func NewShardSession(token, apiBase string, id, count int) (*ShardSession, error) {
	s, err := NewSession(token, apiBase)
	if err != nil {
		return nil, err
	}
	s.ShardID, s.ShardCount = id, count
	return &ShardSession{s}, nil
}

// RecommendedShards asks Discord (GET /gateway/bot) how many shards the
// bot should run.
func RecommendedShards(token, apiBase string) (int, error) {
	s, err := NewSession(token, apiBase)
	if err != nil {
		return 0, err
	}
	gb, err := s.GatewayBot()
	if err != nil {
		return 0, fmt.Errorf("asking Discord for the recommended shard count: %w", err)
	}
	return max(gb.Shards, 1), nil
}

// hasToken reports whether the bot can call routes that take a bot token
// (reading a message): false for a session made without one, as the
// Interactions Endpoint alone runs. Other Discord implementations (tests)
// are taken to have one.
func (b *Bot) hasToken() bool {
	if s, ok := b.router.Discord.(*discordgo.Session); ok {
		return s.Token != ""
	}
	return true
}
