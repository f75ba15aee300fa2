// Package interactions serves Discord's Interactions Endpoint URL: Discord
// POSTs each slash command, autocomplete, button click and form to it,
// signed with Ed25519, and the first response goes back in the HTTP reply.
// It verifies and decodes the requests; answering is the bot's, through
// the same handlers as the gateway.
package interactions

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Answerer answers one interaction and returns its first response, or
// nil when it is shutting down and another replica should answer (503).
type Answerer interface {
	HandleHTTP(i *discordgo.Interaction, wait time.Duration) *discordgo.InteractionResponse
	// Draining reports a shutdown under way: interactions then get 503,
	// so a load balancer passes them to another replica.
	Draining() bool
}

// Limits of the endpoint.
const (
	// MaxBody is the largest request accepted; Discord's are a few KB.
	MaxBody = 64 << 10
	// MaxSkew is how far a request's timestamp may be from now.
	MaxSkew = 5 * time.Minute
	// Wait is how long a handler has for its first response before the
	// endpoint defers; Discord allows three seconds.
	Wait = 2500 * time.Millisecond
)

// ParsePublicKey reads the application's public key, hex as the
// Developer Portal shows it.
func ParsePublicKey(h string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%q is not a public key: 64 hex digits, from the Developer Portal's General Information", h)
	}
	return ed25519.PublicKey(b), nil
}

// Handler serves POST /interactions. Requests without a valid signature, or
// with a timestamp more than MaxSkew off, get 401; bodies over MaxBody 413;
// malformed JSON and unknown types 400; anything but a PING while the bot
// drains 503. None of them is logged above debug.
func Handler(pub ed25519.PublicKey, a Answerer, log *slog.Logger, now func() time.Time) http.Handler {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /interactions", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
		if err != nil {
			http.Error(w, "cannot read the body", http.StatusBadRequest)
			return
		}
		if len(body) > MaxBody {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		if !verify(pub, r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body, now()) {
			log.Debug("refused an interaction with a bad signature or timestamp", "remote", r.RemoteAddr)
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			log.Debug("refused a malformed interaction", "err", err)
			http.Error(w, "malformed interaction", http.StatusBadRequest)
			return
		}
		if i.Type != discordgo.InteractionPing && a.Draining() {
			http.Error(w, "shutting down; try another replica", http.StatusServiceUnavailable)
			return
		}
		var resp *discordgo.InteractionResponse
		switch i.Type {
		case discordgo.InteractionPing:
			resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
		case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete,
			discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
			resp = a.HandleHTTP(&i, Wait)
		default:
			http.Error(w, "unknown interaction type", http.StatusBadRequest)
			return
		}
		if resp == nil {
			http.Error(w, "shutting down; try another replica", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	})
	return mux
}

// verify checks Discord's signature over timestamp + body, and that the
// timestamp (Unix seconds) is within MaxSkew of now.
func verify(pub ed25519.PublicKey, sigHex, ts string, body []byte, now time.Time) bool {
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" {
		return false
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := now.Sub(time.Unix(secs, 0)); d > MaxSkew || d < -MaxSkew {
		return false
	}
	var msg bytes.Buffer
	msg.WriteString(ts)
	msg.Write(body)
	return ed25519.Verify(pub, msg.Bytes(), sig)
}
