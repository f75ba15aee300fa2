// Package fakediscord is a Discord for tests and demos, on loopback: the REST
// API under /api/v9/ that Parley calls, GET /api/v9/gateway, and a websocket
// gateway that sends Hello, reads Identify, sends READY, answers heartbeats
// and dispatches the events a test asks for. It records every REST call. The
// real discordgo client drives it.
package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// IDs the fake gives the bot.
const (
	BotID = "100000000000000001"
	AppID = "100000000000000002"
)

// Call is one REST request the fake received.
type Call struct {
	Method string
	// Path is the URL path, e.g. /api/v9/interactions/1/tok/callback.
	Path string
	// Body is the JSON body, if any.
	Body json.RawMessage
	At   time.Time
	// Authorization is the request's Authorization header, or "".
	Authorization string
}

// Server is the fake Discord.
type Server struct {
	// URL is the REST base: PARLEY_DISCORD_API_BASE.
	URL string

	srv      *httptest.Server
	upgrader websocket.Upgrader

	mu        sync.Mutex
	calls     []Call
	conn      *websocket.Conn
	identify  json.RawMessage
	limited   map[string]int // path substring → 429s left to send
	ready     chan struct{}
	readyOnce sync.Once
	seq       atomic.Int64
	ids       atomic.Int64
	notify    chan struct{}
	onCall    func(Call)
	writer    func(any) error // sends on the current gateway connection
	// acked holds the interactions already answered: Discord refuses a
	// second callback for one interaction.
	acked map[string]bool
	// shards holds each identified shard's writer and Identify payload;
	// recommended is what GET /gateway/bot says.
	shards      map[int]shardConn
	recommended int
	// messages holds the messages seen (dispatched or posted) by ID, for
	// GET /channels/{id}/messages/{id}; a deleted one is removed.
	messages map[string]map[string]any
}

// Start runs a fake Discord on a loopback port.
func Start() *Server {
	s, err := StartAt("127.0.0.1:0")
	if err != nil {
		panic(err) // loopback with any port: only a broken machine fails
	}
	return s
}

// StartAt is Start on a given address, such as 127.0.0.1:8090; port 0
// means any free port (see URL for the one taken).
func StartAt(addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	s := &Server{limited: map[string]int{}, ready: make(chan struct{}), notify: make(chan struct{}, 1)}
	s.srv = httptest.NewUnstartedServer(s)
	s.srv.Listener.Close()
	s.srv.Listener = ln
	s.srv.Start()
	s.URL = s.srv.URL
	s.ids.Store(900000000000000000)
	return s, nil
}

// Close stops the fake.
func (s *Server) Close() {
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.mu.Unlock()
	s.srv.Close()
}

// OnCall registers a function called with every REST call as it arrives.
func (s *Server) OnCall(f func(Call)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onCall = f
}

// RateLimit makes the next n requests whose path contains substr answer
// 429 with a retry_after of 50 ms, as Discord does.
func (s *Server) RateLimit(substr string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limited[substr] = n
}

// Ready is closed once the bot has identified and got READY.
func (s *Server) Ready() <-chan struct{} { return s.ready }

// Identify returns the bot's Identify payload.
func (s *Server) Identify() json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identify
}

// Calls returns the REST calls so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// WaitFor waits until n calls match pred, or the timeout; it returns the
// matching calls.
func (s *Server) WaitFor(pred func(Call) bool, n int, timeout time.Duration) []Call {
	deadline := time.After(timeout)
	for {
		var got []Call
		for _, c := range s.Calls() {
			if pred(c) {
				got = append(got, c)
			}
		}
		if len(got) >= n {
			return got
		}
		select {
		case <-s.notify:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			return got
		}
	}
}

// ServeHTTP serves REST and the gateway.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	if len(body) > 0 && !json.Valid(body) {
		// Multipart bodies (files) are not used by Parley.
		body, _ = json.Marshal(string(body))
	}
	c := Call{Method: r.Method, Path: r.URL.Path, Body: body, At: time.Now(), Authorization: r.Header.Get("Authorization")}
	if s.takeRateLimit(r.URL.Path) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
		return
	}
	s.record(c)
	p := strings.TrimPrefix(r.URL.Path, "/api/v9")
	switch {
	case r.Method == http.MethodGet && p == "/gateway":
		writeJSON(w, map[string]string{"url": "ws://" + r.Host + "/gateway"})
	case r.Method == http.MethodGet && p == "/gateway/bot":
		s.mu.Lock()
		n := max(s.recommended, 1)
		s.mu.Unlock()
		writeJSON(w, map[string]any{"url": "ws://" + r.Host + "/gateway", "shards": n,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})
	case r.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for _, c := range cmds {
			c["id"] = s.newID()
			c["application_id"] = AppID
		}
		writeJSON(w, cmds)
	case r.Method == http.MethodPost && strings.HasPrefix(p, "/interactions/") && strings.HasSuffix(p, "/callback"):
		s.mu.Lock()
		if s.acked == nil {
			s.acked = map[string]bool{}
		}
		again := s.acked[p]
		s.acked[p] = true
		s.mu.Unlock()
		if again {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"message":"Interaction has already been acknowledged.","code":40060}`)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodGet && strings.HasPrefix(p, "/channels/") && strings.Contains(p, "/messages/"):
		id := p[strings.LastIndex(p, "/")+1:]
		s.mu.Lock()
		m, ok := s.messages[id]
		s.mu.Unlock()
		if !ok {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"message":"Unknown Message","code":10008}`)
			return
		}
		writeJSON(w, m)
	case r.Method == http.MethodPost && strings.HasSuffix(p, "/typing"):
		w.WriteHeader(http.StatusNoContent)
	case (r.Method == http.MethodPatch || r.Method == http.MethodPost) && (strings.HasPrefix(p, "/webhooks/") || strings.HasPrefix(p, "/channels/")):
		var msg map[string]any
		json.Unmarshal(body, &msg)
		if msg == nil {
			msg = map[string]any{}
		}
		msg["id"] = s.newID()
		msg["channel_id"] = "200000000000000001"
		if parts := strings.Split(p, "/"); strings.HasPrefix(p, "/channels/") && len(parts) > 2 {
			msg["channel_id"] = parts[2]
		}
		msg["author"] = map[string]any{"id": BotID, "username": "Parley", "bot": true}
		if ref, ok := msg["message_reference"].(map[string]any); ok {
			s.mu.Lock()
			if parent, ok := s.messages[fmt.Sprint(ref["message_id"])]; ok {
				msg["referenced_message"] = parent
			}
			s.mu.Unlock()
		}
		s.mu.Lock()
		s.keep(msg)
		s.mu.Unlock()
		writeJSON(w, msg)
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"message":"Unknown route","code":0}`)
	}
}

func (s *Server) newID() string { return fmt.Sprint(s.ids.Add(1)) }

func (s *Server) takeRateLimit(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for sub, n := range s.limited {
		if n > 0 && strings.Contains(path, sub) {
			s.limited[sub] = n - 1
			return true
		}
	}
	return false
}

func (s *Server) record(c Call) {
	s.mu.Lock()
	s.calls = append(s.calls, c)
	f := s.onCall
	s.mu.Unlock()
	if f != nil {
		f(c)
	}
	select {
	case s.notify <- struct{}{}:
	default:
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// gateway runs one websocket session: Hello, Identify, READY, then
// heartbeat ACKs until the connection ends.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	var wmu sync.Mutex
	write := func(v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteJSON(v)
	}
	if err := write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}); err != nil {
		return
	}
	var ident struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if err := conn.ReadJSON(&ident); err != nil || (ident.Op != 2 && ident.Op != 6) {
		conn.Close()
		return
	}
	var shard struct {
		Shard *[2]int `json:"shard"`
	}
	json.Unmarshal(ident.D, &shard)
	s.mu.Lock()
	s.identify, s.conn = ident.D, conn
	s.mu.Unlock()
	ready := map[string]any{
		"v":           9,
		"user":        map[string]any{"id": BotID, "username": "Parley", "discriminator": "0", "bot": true},
		"session_id":  "fake-session",
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      []any{},
	}
	id := 0
	if shard.Shard != nil {
		ready["shard"] = []int{shard.Shard[0], shard.Shard[1]}
		id = shard.Shard[0]
	}
	if err := s.dispatchOn(write, "READY", ready); err != nil {
		return
	}
	s.mu.Lock()
	s.writer = write
	if s.shards == nil {
		s.shards = map[int]shardConn{}
	}
	s.shards[id] = shardConn{write: write, identify: ident.D}
	s.mu.Unlock()
	s.readyOnce.Do(func() { close(s.ready) })
	for {
		var msg struct {
			Op int `json:"op"`
		}
		if err := conn.ReadJSON(&msg); err != nil {
			return
		}
		if msg.Op == 1 {
			write(map[string]any{"op": 11})
		}
	}
}

func (s *Server) dispatchOn(write func(any) error, t string, d any) error {
	return write(map[string]any{"op": 0, "t": t, "s": s.seq.Add(1), "d": d})
}

// Dispatch sends a gateway event (INTERACTION_CREATE, MESSAGE_CREATE, …).
func (s *Server) Dispatch(t string, d any) error {
	s.mu.Lock()
	write := s.writer
	if m, ok := d.(map[string]any); ok && t == "MESSAGE_CREATE" {
		s.keep(m)
	}
	s.mu.Unlock()
	if write == nil {
		return fmt.Errorf("no bot is connected to the gateway")
	}
	return s.dispatchOn(write, t, d)
}

// keep remembers a message for GET; s.mu must be held.
func (s *Server) keep(m map[string]any) {
	if s.messages == nil {
		s.messages = map[string]map[string]any{}
	}
	if id, ok := m["id"].(string); ok {
		s.messages[id] = m
	}
}

// Delete forgets a message, as if its author deleted it: fetching it
// answers 404 Unknown Message.
func (s *Server) Delete(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.messages, id)
}

// shardConn is one identified gateway connection.
type shardConn struct {
	write    func(any) error
	identify json.RawMessage
}

// SetRecommendedShards sets the shard count GET /gateway/bot recommends.
func (s *Server) SetRecommendedShards(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recommended = n
}

// ShardIdentify returns the Identify payload of shard id, or nil before
// that shard identified.
func (s *Server) ShardIdentify(id int) json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shards[id].identify
}

// DispatchTo sends a gateway event on shard id's connection.
func (s *Server) DispatchTo(id int, t string, d any) error {
	s.mu.Lock()
	c, ok := s.shards[id]
	s.mu.Unlock()
	if !ok {
		return fmt.Errorf("shard %d is not connected", id)
	}
	return s.dispatchOn(c.write, t, d)
}

// WaitShards waits until shards 0…n-1 have identified, and returns the
// [id, count] each identified with.
func (s *Server) WaitShards(n int, timeout time.Duration) ([][2]int, error) {
	deadline := time.Now().Add(timeout)
	out := make([][2]int, n)
	for id := 0; id < n; id++ {
		for s.ShardIdentify(id) == nil {
			if time.Now().After(deadline) {
				return nil, fmt.Errorf("shard %d of %d did not identify within %s", id, n, timeout)
			}
			time.Sleep(20 * time.Millisecond)
		}
		var ident struct {
			Shard [2]int `json:"shard"`
		}
		if err := json.Unmarshal(s.ShardIdentify(id), &ident); err != nil {
			return nil, err
		}
		out[id] = ident.Shard
	}
	return out, nil
}
