package interactions_test

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/fakediscord"
)

// BenchmarkBurst50 sends bursts of 50 signed /ask interactions at once to
// the endpoint, with the real bot and engine behind it, and reports the
// HTTP response time's p50 and p99 (Discord wants the response within 3 s;
// the target is p99 < 100 ms).
func BenchmarkBurst50(b *testing.B) {
	d := newDriver(b)
	var lat []time.Duration
	var mu sync.Mutex
	n := 0
	for b.Loop() {
		var wg sync.WaitGroup
		for k := 0; k < 50; k++ {
			n++
			id := strconv.Itoa(900000 + n)
			body, _ := json.Marshal(fakediscord.Command(id, "ask", strconv.Itoa(600000000000000000+n), 0,
				fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"}))
			wg.Add(1)
			go func() {
				defer wg.Done()
				start := time.Now()
				code, _ := d.post(body, time.Time{}, true)
				took := time.Since(start)
				if code != http.StatusOK {
					b.Errorf("status %d", code)
				}
				mu.Lock()
				lat = append(lat, took)
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
