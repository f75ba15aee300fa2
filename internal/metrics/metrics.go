// Package metrics counts what Parley does, in Prometheus form
// (github.com/prometheus/client_golang), on a registry of its own.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics implements rag.Observer and bot.Observer.
type Metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	abstentions prometheus.Counter
	llmCalls    *prometheus.CounterVec
	llmLatency  prometheus.Histogram
	retrieval   prometheus.Histogram
	ack         prometheus.Histogram
	rateLimited prometheus.Counter
	votes       *prometheus.CounterVec
}

// New registers Parley's metrics; indexSize reports the chunks and
// quotations indexed.
func New(indexSize func() (chunks, quotations int)) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_questions_total", Help: "Questions answered, by command and outcome.",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "parley_answer_seconds", Help: "Time to answer, by command.", Buckets: prometheus.DefBuckets,
		}, []string{"command"}),
		abstentions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "parley_abstentions_total", Help: "Answers that said the articles don't say.",
		}),
		llmCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_llm_calls_total", Help: "LLM calls, by result (ok or error).",
		}, []string{"result"}),
		llmLatency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "parley_llm_call_seconds", Help: "LLM call latency, retries included.",
			Buckets: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 60},
		}),
		retrieval: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "parley_retrieval_seconds", Help: "Retrieval latency.",
			Buckets: []float64{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1},
		}),
		ack: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "parley_ack_seconds", Help: "Time from receiving a Discord interaction to acknowledging it.",
			Buckets: []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3},
		}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "parley_rate_limited_total", Help: "Questions turned away by the per-user rate limit.",
		}),
	}
	chunks := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "parley_index_chunks", Help: "Chunks in the index."},
		func() float64 { c, _ := indexSize(); return float64(c) })
	quotes := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "parley_index_quotations", Help: "Quotations in the index."},
		func() float64 { _, q := indexSize(); return float64(q) })
	m.votes = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_feedback_total", Help: "Votes on answers, by vote (up or down).",
	}, []string{"vote"})
	m.reg.MustRegister(m.votes, m.questions, m.latency, m.abstentions, m.llmCalls, m.llmLatency, m.retrieval, m.ack, m.rateLimited, chunks, quotes,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Retrieved implements rag.Observer.
func (m *Metrics) Retrieved(took time.Duration) { m.retrieval.Observe(took.Seconds()) }

// LLMCalled implements rag.Observer.
func (m *Metrics) LLMCalled(took time.Duration, err error) {
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.llmCalls.WithLabelValues(result).Inc()
	m.llmLatency.Observe(took.Seconds())
}

// Acked implements bot.Observer.
func (m *Metrics) Acked(took time.Duration) { m.ack.Observe(took.Seconds()) }

// Voted implements bot.Observer.
func (m *Metrics) Voted(vote string) { m.votes.WithLabelValues(vote).Inc() }

// RateLimited implements bot.Observer.
func (m *Metrics) RateLimited() { m.rateLimited.Inc() }

// Question implements bot.Observer: one answered question, its command,
// outcome ("answered", "abstained", "no_match", "bad_input", "error", …)
// and latency.
func (m *Metrics) Question(command, outcome string, took time.Duration) {
	m.questions.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(took.Seconds())
	if outcome == "abstained" {
		m.abstentions.Inc()
	}
}
