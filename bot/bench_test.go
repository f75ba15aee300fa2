package bot_test

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/internal/fakediscord"
)

// BenchmarkAckLatencyBurst dispatches bursts of 100 /ask interactions at
// once on the gateway and measures, for each, the time from dispatch to the
// deferred callback reaching the fake's REST API. It reports p50 and p99.
func BenchmarkAckLatencyBurst(b *testing.B) {
	h := start(b, nil, bot.Config{MaxConcurrent: 4, PerMinute: 600})
	var mu sync.Mutex
	sent := map[string]time.Time{}
	var lat []time.Duration
	h.fake.OnCall(func(c fakediscord.Call) {
		if !strings.HasSuffix(c.Path, "/callback") {
			return
		}
		id := strings.Split(strings.TrimPrefix(c.Path, "/api/v9/interactions/"), "/")[0]
		mu.Lock()
		if t0, ok := sent[id]; ok {
			lat = append(lat, c.At.Sub(t0))
		}
		mu.Unlock()
	})
	n := 0
	for b.Loop() {
		for i := 0; i < 100; i++ {
			n++
			id := fmt.Sprint(5000000 + n)
			mu.Lock()
			sent[id] = time.Now()
			mu.Unlock()
			h.dispatch("INTERACTION_CREATE", fakediscord.Command(id, "ask", fmt.Sprint(700000000000000000+n), 0, fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"}))
		}
		h.fake.WaitFor(func(c fakediscord.Call) bool { return strings.HasSuffix(c.Path, "/callback") }, n, time.Minute)
		h.fake.WaitFor(func(c fakediscord.Call) bool { return strings.HasSuffix(c.Path, "/@original") }, n, time.Minute)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(lat) != n {
		b.Fatalf("%d of %d interactions acknowledged", len(lat), n)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ack-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ack-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ack-ms")
}
