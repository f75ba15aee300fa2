// Package server serves Parley's /healthz and /metrics over HTTP.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/parleybot/parley/rag"
)

// Health is the state /healthz reports.
type Health struct {
	// Status is "ok" or "unavailable".
	Status string `json:"status"`
	Index  struct {
		Loaded     bool `json:"loaded"`
		Chunks     int  `json:"chunks"`
		Quotations int  `json:"quotations"`
		// SaveError is why the index could not be saved; it is served
		// from memory, and rebuilt at the next start.
		SaveError string `json:"save_error,omitempty"`
	} `json:"index"`
	Discord struct {
		// Configured is true when Parley answers Discord, by the gateway,
		// the Interactions Endpoint, or both.
		Configured bool `json:"configured"`
		// Connected reports the gateway's connection.
		Connected bool `json:"connected"`
		// Gateway is "on", or "off" when Parley answers by the
		// Interactions Endpoint alone, by choice (no bot token).
		Gateway string `json:"gateway,omitempty"`
		Shards  any    `json:"shards,omitempty"`
		// Interactions reports the Interactions Endpoint, when it runs.
		Interactions *Interactions `json:"interactions,omitempty"`
	} `json:"discord"`
	LLM rag.LLMStatus `json:"llm"`
	// Draining is true while Parley shuts down.
	Draining bool `json:"draining,omitempty"`
}

// Interactions is the state of Discord's Interactions Endpoint.
type Interactions struct {
	Listening bool   `json:"listening"`
	Addr      string `json:"addr"`
	// Requests counts the requests it has served.
	Requests int64 `json:"requests"`
}

// Checks gather the parts of the health report.
type Checks struct {
	// IndexSize reports the index; zero chunks means not loaded.
	IndexSize func() (chunks, quotations int)
	// Discord reports whether a bot runs and is connected; nil if none.
	Discord func() (connected bool)
	// LLM reports the latest LLM call.
	LLM func() rag.LLMStatus
	// SaveError reports why the index could not be saved; nil or "" if
	// it was.
	SaveError func() string
	// Draining reports a shutdown under way: health turns unavailable at
	// once, so a load balancer stops sending work.
	Draining func() bool
	// Shards reports every gateway shard; nil without a gateway.
	Shards func() any
	// Interactions reports the Interactions Endpoint; nil when it is off.
	Interactions func() Interactions
}

// Report builds the health report: unavailable when the index is not
// loaded, or the Discord bot is not connected. A failing LLM degrades
// answers to extractive ones, so it is reported but does not fail health.
func (c Checks) Report() Health {
	var h Health
	h.Index.Chunks, h.Index.Quotations = c.IndexSize()
	h.Index.Loaded = h.Index.Chunks > 0
	if c.SaveError != nil {
		h.Index.SaveError = c.SaveError()
	}
	if c.Discord != nil {
		h.Discord.Configured, h.Discord.Connected = true, c.Discord()
		h.Discord.Gateway = "on"
	}
	if c.Interactions != nil {
		in := c.Interactions()
		h.Discord.Interactions = &in
		if c.Discord == nil {
			h.Discord.Configured, h.Discord.Gateway = true, "off"
		}
	}
	if c.Shards != nil {
		h.Discord.Shards = c.Shards()
	}
	if c.LLM != nil {
		h.LLM = c.LLM()
	}
	h.Status = "ok"
	if c.Draining != nil && c.Draining() {
		h.Draining = true
	}
	gatewayDown := h.Discord.Gateway == "on" && !h.Discord.Connected
	endpointDown := h.Discord.Interactions != nil && !h.Discord.Interactions.Listening
	if !h.Index.Loaded || gatewayDown || endpointDown || h.Draining {
		h.Status = "unavailable"
	}
	return h
}

// Handler serves /healthz (200 or 503, with the report as JSON) and
// /metrics.
func Handler(c Checks, metrics http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		h := c.Report()
		w.Header().Set("Content-Type", "application/json")
		if h.Status != "ok" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		json.NewEncoder(w).Encode(h)
	})
	mux.Handle("GET /metrics", metrics)
	return mux
}

// Serve listens on addr until ctx ends. It returns once listening has
// started, with the address it listens on, and a channel closed once the
// server has shut down (its requests in flight answered, for up to 5 s);
// serving errors go to onError.
func Serve(ctx context.Context, addr string, h http.Handler, onError func(error)) (string, <-chan struct{}, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	stopped := make(chan struct{})
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			onError(err)
		}
	}()
	go func() {
		defer close(stopped)
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	return ln.Addr().String(), stopped, nil
}
