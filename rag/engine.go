// Package rag is Parley's engine facade: Engine wires the layers below it
// (document → index → match → retrieve → answer, generate, attrib,
// followup) into the few calls every front end makes, and keeps the
// current index. Front ends never touch the layers or chromem-go directly.
package rag

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/news"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
	"github.com/parleybot/parley/rag/term"
	"github.com/parleybot/parley/rag/wordvec"
)

// Options configures an Engine.
type Options struct {
	// Corpus is the folder of articles; CorpusName names it in messages.
	Corpus     fs.FS
	CorpusName string
	// Description is one phrase naming what the corpus is about ("news
	// reports on the Syrian peace talks"), used in abstentions and the LLM
	// prompt; default DefaultDescription.
	Description string
	// Index controls where and how the index is persisted.
	Index IndexOptions
	// IndexOnly opens the engine to bring the index up to date, not to
	// answer (`parley index`): the related-words table, which only
	// questions read, is not loaded ahead of one.
	IndexOnly bool
	// TopK is how many passages are retrieved per question (default 5).
	TopK int
	// Generator, if set, writes answers from the passages (mode "llm");
	// without it answers are extractive.
	Generator Generator
	// LLMTimeout bounds the LLM part of one answer, retries included
	// (default 60s).
	LLMTimeout time.Duration
	// PromptBudget is the most tokens a prompt may take; the lowest-ranked
	// passages are dropped to fit (default 3000).
	PromptBudget int
	// Observer, if set, is told how long retrieval and LLM calls take.
	Observer Observer
	// Added, if set, is the folder of articles added from the web (see
	// rag/news), read beside Corpus.
	Added fs.FS
	// MaxArticleBytes skips, with a warning, an article file larger than
	// this; 0 reads every size.
	MaxArticleBytes int64
	// Log receives warnings about the corpus folder (files skipped);
	// default slog.Default().
	Log *slog.Logger
}

// Observer is told about the engine's work, for metrics.
type Observer interface {
	// Retrieved reports one retrieval and how long it took.
	Retrieved(took time.Duration)
	// LLMCalled reports one LLM call, how long it took, and its error.
	LLMCalled(took time.Duration, err error)
}

// noObserver ignores everything.
type noObserver struct{}

func (noObserver) Retrieved(time.Duration)        {}
func (noObserver) LLMCalled(time.Duration, error) {}

// Engine is the facade that every front end (CLI, console, Discord) calls.
// It is safe for concurrent use.
type Engine struct {
	opt Options
	cur atomic.Pointer[state]
	llm llmTracker
	// reindexing lets one rebuild run at a time.
	reindexing sync.Mutex
	// stamps are the corpus files' sizes and times as the last rebuild
	// read them; only a rebuild, holding reindexing, uses them.
	stamps document.Stamps
	// saveError is why the latest build could not be saved, or "".
	saveError atomic.Pointer[string]
	// lexicon and vectors load the related-words table and the word
	// vectors once, on first use.
	lexicon func() (*lexicon.Lexicon, error)
	vectors func() (*wordvec.Table, error)
}

// state is one index with the quotation matching made from it; it is
// replaced whole when the corpus changes.
type state struct {
	ix *index.Index
	// quotes is made on first use: answering needs none of it.
	quotes func() *attrib.Quotations
	// matcher is made on first use, once the lexicon and vectors are in.
	matcher func() *match.Matcher
	// meta tells where each article added from the web came from.
	meta map[string]news.Meta
	// vectors returns the word vectors, or nil while they load or when
	// they failed to.
	vectors func() *wordvec.Table
}

// origin tells where an article added from the web was read, for
// answer.Extractive.
func (cur *state) origin(source string) (url, author string) {
	m, ok := cur.meta[source]
	if !ok {
		return "", ""
	}
	return m.URL, m.Author
}

// newState wraps a new index.
func (e *Engine) newState(ix *index.Index) *state {
	return &state{ix: ix, vectors: e.vectorsOrNil, quotes: sync.OnceValue(func() *attrib.Quotations {
		return attrib.New(ix, e.vectorsOrNil, e.lexiconOrNil)
	}), matcher: sync.OnceValue(func() *match.Matcher {
		return match.NewMatcher(ix, e.lexiconOrNil(), e.vectorsOrNil())
	})}
}

// Defaults for Options.
const (
	DefaultTopK         = 5
	DefaultLLMTimeout   = 60 * time.Second
	DefaultPromptBudget = 3000
	// extractiveDepth is how many passages the extractive answer reads:
	// the passages that share most words with a question are often about
	// its topic without answering it, and the sentence scorer picks better
	// than the ranking of passages. On SQuAD 2.0 (the dev half, and ten
	// articles of the train split) reading 20 rather than 8 answers 2–3%
	// more questions right at the same rate of wrong answers; past 20 it
	// gains little.
	extractiveDepth = 20
	// llmDepth times TopK chunks are retrieved for the LLM's prompt, which
	// takes as many as fit its budget.
	llmDepth = 10
	// DefaultDescription names a corpus nobody described.
	DefaultDescription = "the articles in this collection"
)

// Open loads the corpus and loads or builds its index.
func Open(ctx context.Context, opt Options) (*Engine, BuildInfo, error) {
	e := newEngine(opt)
	if !opt.IndexOnly {
		go e.lexicon() // load them while the index loads; questions wait for them
	}
	go e.vectors() // the local embedder reads them too
	info, err := e.Reindex(ctx, false)
	if err != nil {
		return nil, BuildInfo{}, err
	}
	return e, info, nil
}

// newEngine applies the defaults to opt; the engine has no index yet.
func newEngine(opt Options) *Engine {
	if opt.TopK <= 0 {
		opt.TopK = DefaultTopK
	}
	if opt.LLMTimeout <= 0 {
		opt.LLMTimeout = DefaultLLMTimeout
	}
	if opt.PromptBudget <= 0 {
		opt.PromptBudget = DefaultPromptBudget
	}
	if opt.Observer == nil {
		opt.Observer = noObserver{}
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	if strings.TrimSpace(opt.Description) == "" {
		opt.Description = DefaultDescription
	}
	e := &Engine{opt: opt, lexicon: sync.OnceValues(lexicon.Load), vectors: sync.OnceValues(wordvec.Load)}
	e.llm.status.Configured = opt.Generator != nil
	return e
}

// Reindex re-reads the corpus and brings the index up to date: unchanged,
// it is kept; changed, only the changed articles are embedded again; with
// force, everything is rebuilt. Queries keep using the old index until the
// new one is ready, and one rebuild runs at a time.
func (e *Engine) Reindex(ctx context.Context, force bool) (BuildInfo, error) {
	e.reindexing.Lock()
	defer e.reindexing.Unlock()
	if force {
		e.stamps = document.Stamps{} // read every file again
	}
	reader := document.Reader{MaxBytes: e.opt.MaxArticleBytes, Stamps: &e.stamps}
	if cur := e.cur.Load(); cur != nil {
		reader.Previous = cur.ix.Documents()
	} else if !force && !e.opt.Index.Force && e.opt.Index.DataDir != "" {
		reader.Saved = index.SavedParses(e.opt.Index.DataDir) // a start: what the last run parsed
	}
	docs, notes, err := reader.Load(e.opt.Corpus, e.opt.CorpusName)
	var meta map[string]news.Meta
	if e.opt.Added != nil {
		// Articles added from the web join the corpus; none is no error.
		added, addNotes, addErr := reader.Load(e.opt.Added, "the added articles")
		notes = append(notes, addNotes...)
		meta = news.ReadMeta(e.opt.Added)
		switch {
		case addErr == nil && err == nil:
			docs = append(docs, added...)
			sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
		case addErr == nil && errors.Is(err, document.ErrEmptyCorpus):
			docs, err = added, nil
		}
	}
	for _, n := range notes {
		if n.Skipped {
			e.opt.Log.Warn("skipping a file in the corpus folder", "file", n.File, "reason", n.Reason)
		} else {
			e.opt.Log.Info("reading a file in the corpus folder", "file", n.File, "note", n.Reason)
		}
	}
	if err != nil {
		return BuildInfo{}, err
	}
	opt := e.opt.Index
	opt.Force = opt.Force || force
	if opt.Embedder == nil {
		opt.WordVectors = e.vectorsOrNil
	}
	if opt.NameGender == nil {
		opt.NameGender = func(first string) string { return e.vectorsOrNil().NameGender(first) }
	}
	if cur := e.cur.Load(); cur != nil {
		if !opt.Force && cur.ix.Unchanged(docs) {
			m := cur.ix.Manifest()
			return BuildInfo{Reason: "unchanged", Persisted: m.Snapshot != "", Chunks: len(cur.ix.Chunks())}, nil
		}
		opt.Previous = cur.ix
	}
	ix, info, err := index.LoadOrBuild(ctx, docs, opt)
	if err != nil {
		return BuildInfo{}, err
	}
	st := e.newState(ix)
	st.meta = meta
	e.cur.Store(st)
	e.saveError.Store(&info.SaveError)
	return info, nil
}

// SaveError says why the latest index could not be saved in the data
// dir, or "" when it was (or there is no data dir).
func (e *Engine) SaveError() string {
	if p := e.saveError.Load(); p != nil {
		return *p
	}
	return ""
}

// IndexSize returns the number of chunks and quotations indexed.
func (e *Engine) IndexSize() (chunks, quotations int) {
	cur := e.cur.Load()
	if cur == nil {
		return 0, 0
	}
	return len(cur.ix.Chunks()), len(cur.ix.Quotes())
}

// Warm loads now what the first question would wait for (the lexicon, the
// word vectors, the matcher and the quotation index made from them), so a
// server that starts taking traffic answers its first question as fast as
// the rest.
func (e *Engine) Warm() {
	cur := e.cur.Load()
	cur.matcher()
	cur.quotes()
}

// Index returns the engine's current index, for inspection.
func (e *Engine) Index() *index.Index { return e.cur.Load().ix }

// Document returns the article with the given file name, as the current
// index holds it.
func (e *Engine) Document(source string) (Document, bool) {
	return e.cur.Load().ix.Document(source)
}

// Ask answers a question from the articles, citing them, or abstains.
// Invalid input gives an *InputError.
func (e *Engine) Ask(ctx context.Context, q string) (Answer, error) {
	return e.AskStream(ctx, q, nil)
}

// AskStream is Ask, calling onPartial with the answer so far as an LLM
// streams it (not called for extractive answers). The returned Answer is
// the final, checked one.
func (e *Engine) AskStream(ctx context.Context, q string, onPartial func(partial string)) (Answer, error) {
	if err := ValidateQuestion(q); err != nil {
		return Answer{}, err
	}
	if a, ok := e.cur.Load().whoSaidThat(nil, q); ok {
		return a, nil // "who said that?" with nothing before it
	}
	return e.askWhoSaid(ctx, e.cur.Load(), q, func() (Answer, error) {
		return e.ask(ctx, q, q, earlier{}, onPartial)
	})
}

// earlier is what a conversation's earlier turns give a question: terms
// that help retrieval at a lower weight, and the text of an answer whose
// sentences answer it no more ("where else?").
type earlier struct {
	terms []string
	given string
}

// ask answers understood, the question as typed (raw) made standalone,
// with what earlier turns give it.
//
// A question naming a date ("in January 2017") is asked first of the
// articles published then, without the date's words; when none of them
// answers, the date may be the event's, and the whole question is asked
// of all articles.
func (e *Engine) ask(ctx context.Context, raw, understood string, before earlier, onPartial func(partial string)) (Answer, error) {
	cur := e.cur.Load()
	understood = cur.matcher().ExpandAcronyms(understood)
	q := question.Parse(understood)
	q.Raw = raw
	if !q.Period.Named {
		if q.Period.Empty() || hasDatedIn(cur.ix, q.Period) || !hasDatedIn(cur.ix, question.Period{}) || len(cur.matcher().Prepare(q).Words) == 0 || !writesTerms(cur.ix, q.Period.Phrase) {
			return e.answer(ctx, cur, q, before, onPartial)
		}
		// "Who did Trump fire last month?", "how many workers will be cut
		// this week?" of articles none of which is from then: news writes
		// "last month" of its own date, and a question may take the
		// words from it. Asked of
		// all articles, an answer whose sentence writes them too stands,
		// saying how it read them, and so does one whose article writes
		// them as a name (ABC's "This Week"); otherwise the answer says
		// none is from then.
		whole := q
		whole.Period = question.Period{}
		ans, err := e.answer(ctx, cur, whole, before, nil)
		if err != nil {
			return ans, err
		}
		if !ans.Abstained && len(ans.Citations) > 0 && namedAs(cur.ix, ans.Citations[0].Source, q.Period.Phrase) {
			return ans, nil // ABC's "This Week" is a programme, not a time
		}
		written := func(a Answer) bool {
			return !a.Abstained && len(a.Citations) > 0 && question.WritesPhrase(a.Citations[0].Text, q.Period.Phrase)
		}
		if !written(ans) {
			// The best answer need not be the sentence that writes the
			// words ("this fiscal year" beside "over 10 years"): asked
			// again of the sentences that write them.
			whole.Period = question.Period{Phrase: q.Period.Phrase}
			if ans, err = e.answer(ctx, cur, whole, before, nil); err != nil {
				return ans, err
			}
		}
		if written(ans) {
			ans.Note = fmt.Sprintf("No article is from %s; the newest is from %s. This answer reads “%s” as the articles write it, of their own dates.", q.Period.Phrase, answer.NewestDay(cur.ix), q.Period.Phrase)
			return ans, nil
		}
		return e.answer(ctx, cur, q, before, onPartial)
	}
	whole := q
	whole.Period = question.Period{}
	pinned := question.Parse(q.Period.Without(understood))
	pinned.Words = slices.DeleteFunc(pinned.Words, func(w question.Word) bool {
		return !slices.ContainsFunc(q.Words, func(qw question.Word) bool { return qw.Term == w.Term })
	}) // the words that asked for that time's news ("what happened") stay no topic
	pinned.Raw = raw
	pinned.Period = q.Period
	pinned.Period.Named = false
	if !hasDatedIn(cur.ix, q.Period) {
		if pinned.Empty() && hasDatedIn(cur.ix, question.Period{}) {
			// "any news from 2017?", of dated articles (any period
			// holds a dated one) none of which is from then: it says so.
			return e.answer(ctx, cur, pinned, before, onPartial)
		}
		return e.answer(ctx, cur, whole, before, onPartial)
	}
	// With no other topic ("any news from October 2016?"), the articles
	// of that time are listed. When the articles write the date's year
	// in their sentences ("has killed 300,000 people since 2011"), the
	// date may be the event's: a question with a topic of its own is
	// asked whole first.
	order := []question.Question{pinned, whole}
	if !pinned.Empty() && writesYear(cur.ix, q) {
		order = []question.Question{whole, pinned}
	}
	var ans Answer
	for _, asked := range order {
		var err error
		if ans, err = e.answer(ctx, cur, asked, before, onPartial); err != nil || !ans.Abstained {
			return ans, err
		}
	}
	return ans, nil
}

// writesYear reports whether a sentence of the articles writes one of
// the question's years.
func writesYear(ix *index.Index, q question.Question) bool {
	for _, y := range q.Years {
		if ix.SentenceDF(term.Word(y)) > 0 {
			return true
		}
	}
	return false
}

// hasDatedIn reports whether any article was published in a period.
func hasDatedIn(ix *index.Index, p question.Period) bool {
	for _, d := range ix.Documents() {
		if day := document.Day(d.Date); day != "" && p.Holds(day) {
			return true
		}
	}
	return false
}

// writesTerms reports whether some sentence of the articles writes each
// index term of phrase ("yesterday"; "week" of "this week"): without,
// none can write the phrase.
func writesTerms(ix *index.Index, phrase string) bool {
	for _, t := range term.Of(phrase) {
		if ix.SentenceDF(t) == 0 {
			return false
		}
	}
	return true
}

// namedAs reports whether the article source writes phrase as a name,
// each word capitalised within a sentence: ABC's ”This Week”, where a
// question's "this week" names the programme.
func namedAs(ix *index.Index, source, phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:] // the phrases are ASCII: "this week"
	}
	title := strings.Join(words, " ")
	d, _ := ix.Document(source)
	for _, s := range d.Sentences {
		if i := strings.Index(s.Text, title); i > 0 && !s.TitleCase {
			return true
		}
	}
	return false
}

// answer answers a parsed question from the index of cur.
func (e *Engine) answer(ctx context.Context, cur *state, q question.Question, before earlier, onPartial func(partial string)) (Answer, error) {
	ix := cur.ix
	start := time.Now()
	qr := cur.matcher().Prepare(q)
	qr.Context, qr.Given = before.terms, before.given
	// The extractive answer reads a few more passages than TopK: reading
	// a sentence costs far less than a prompt token. The LLM's prompt is
	// filled to its budget from llmDepth times TopK.
	depth := max(e.opt.TopK, extractiveDepth)
	if e.opt.Generator != nil {
		depth = max(depth, llmDepth*e.opt.TopK)
	}
	passages, err := retrieve.Retrieve(ctx, ix, qr, depth)
	e.opt.Observer.Retrieved(time.Since(start))
	if err != nil {
		return Answer{}, fmt.Errorf("retrieving passages: %w", err)
	}
	ans := answer.Extractive(ix, qr, passages[:min(len(passages), max(e.opt.TopK, extractiveDepth))], e.opt.Description, cur.origin)
	// With an LLM, only a question that retrieval finds nothing for (or
	// that holds no question at all, or asks what the articles are or
	// whom they quote) is stopped here; otherwise the model decides
	// whether the passages answer.
	if e.opt.Generator == nil || qr.Question.Empty() || qr.Question.Overview || qr.Question.Quoted && !ans.Abstained || qr.Question.Published || qr.Question.Fact != question.NoArticleFact || !retrieve.FoundAny(ix, qr, passages[:min(len(passages), e.opt.TopK)]) {
		return ans, nil
	}
	// Pinned to a time ("this week"), the LLM reads only articles of that
	// time; when there are none, the extractive answer has declined.
	if passages = retrieve.InPeriod(ix, q.Period, passages); len(passages) == 0 {
		return ans, nil
	}
	return e.generate(ctx, cur, qr, passages, ans, onPartial), nil
}

// Retrieve returns the k passages retrieval finds for a question, best
// first, as an answer reads them, each with its text.
func (e *Engine) Retrieve(ctx context.Context, q string, k int) ([]retrieve.Passage, error) {
	cur := e.cur.Load()
	ps, err := retrieve.Retrieve(ctx, cur.ix, cur.matcher().Prepare(question.Parse(q)), k)
	for i := range ps {
		ps[i].Text = cur.ix.ChunkText(ps[i].Chunk)
	}
	return ps, err
}

// lexiconOrNil returns the related-words table, or nil when it could not
// be read (answers are then made without it, and the error is logged by
// the caller of Open through LexiconError).
func (e *Engine) lexiconOrNil() *lexicon.Lexicon {
	lx, err := e.lexicon()
	if err != nil {
		return nil
	}
	return lx
}

// vectorsOrNil returns the word vectors, or nil when they could not be
// read (answers are then made without them; see VectorsError).
func (e *Engine) vectorsOrNil() *wordvec.Table {
	vec, err := e.vectors()
	if err != nil {
		return nil
	}
	return vec
}

// VectorsError reports why the word vectors could not be read, or nil.
func (e *Engine) VectorsError() error {
	_, err := e.vectors()
	return err
}

// LexiconError reports why the related-words table could not be read, or
// nil when it was.
func (e *Engine) LexiconError() error {
	_, err := e.lexicon()
	return err
}

// Description names what the corpus is about, as configured.
func (e *Engine) Description() string { return e.opt.Description }

// LLMStatus reports the latest LLM call's outcome.
func (e *Engine) LLMStatus() LLMStatus { return e.llm.get() }

// Sources lists the articles of the corpus.
func (e *Engine) Sources() []Source {
	cur := e.cur.Load()
	docs := cur.ix.Documents()
	out := make([]Source, 0, len(docs))
	for _, d := range docs {
		s := Source{Source: d.Source, Title: d.Title, Date: document.Day(d.Date), Lines: len(trimTrailingBlank(d.Lines))}
		if m, ok := cur.meta[d.Source]; ok {
			s.URL = m.URL
			if s.Date == "" {
				s.Date = m.Date
			}
		}
		out = append(out, s)
	}
	// Newest first; undated articles after, by name.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].Source < out[j].Source
	})
	return out
}

func trimTrailingBlank(lines []string) []string {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
