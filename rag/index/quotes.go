package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/quote"
)

// QuoteDocuments gives the quotation extractor the articles' sentences.
func QuoteDocuments(docs []document.Document) []quote.Document {
	out := make([]quote.Document, 0, len(docs))
	for _, d := range docs {
		qd := quote.Document{Source: d.Source, Key: d.Hash, Sentences: make([]quote.Sentence, 0, len(d.Sentences))}
		for _, s := range d.Sentences {
			qd.Sentences = append(qd.Sentences, quote.Sentence{
				Text: s.Text, LineStart: s.LineStart, LineEnd: s.LineEnd,
				LineBreaks: s.LineBreaks, Paragraph: s.Paragraph,
				TitleCase: s.TitleCase,
			})
		}
		out = append(out, qd)
	}
	return out
}

// QuoteID is a quotation's vector ID: the hash of its text, so quotations
// with the same text share one vector.
func QuoteID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "q-" + hex.EncodeToString(sum[:8])
}

// buildQuotes takes the quotations extracted (see extractQuotes) and
// makes the flat copy of their vectors, keyed by their text's hash, so
// unchanged quotations keep their vectors across rebuilds; the IDs of
// texts before (which may be nil) holds are taken from it. It returns the
// IDs of those embedded now.
func (ix *Index) buildQuotes(ctx context.Context, extracted func() (quote.Result, *quote.Memo), before *Index, saved func(ctx context.Context, id, text string) (vecSource, bool)) ([]string, error) {
	res, memo := extracted()
	ix.quoteMemo.Store(memo)
	ix.quotes, ix.speakers = res.Quotes, res.Speakers
	ix.quoteIDsOnce.Do(func() { ix.quoteIDs = quoteIDsReusing(ix.quotes, before) })
	ids, texts := distinctQuotes(res.Quotes, ix.QuoteIDs())
	vectors, fresh, err := ix.embedReusing(ctx, embedItems{
		ids:   ids,
		text:  func(i int) string { return texts[i] },
		saved: func(ctx context.Context, i int) (vecSource, bool) { return saved(ctx, ids[i], texts[i]) },
	}, nil)
	if err != nil {
		return nil, err
	}
	ix.quoteVecs = newFlatFrom(ids, vectors)
	return fresh, nil
}

// extractQuotes reads the quotations of docs in the background, the
// articles that did not change from prev's memo, and returns a function
// that waits for them and the memo that remembers them. A panic while
// reading is raised again by the function, in the build that waits.
func extractQuotes(docs []document.Document, prev *Index, gender quote.NameGender) func() (quote.Result, *quote.Memo) {
	memo := &quote.Memo{}
	remember := func() {
		if prev == nil {
			return
		}
		if pm := prev.quoteMemo.Load(); pm != nil {
			*memo = *pm
		} else if prev.remembered != nil { // loaded, and not yet remembered
			*memo = *prev.remembered()
		}
	}
	type extracted struct {
		res   quote.Result
		fault any
	}
	done := make(chan extracted, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- extracted{fault: r}
			}
		}()
		remember()
		done <- extracted{res: quote.ExtractWith(QuoteDocuments(docs), memo, gender)}
	}()
	return func() (quote.Result, *quote.Memo) {
		e := <-done
		if e.fault != nil {
			panic(e.fault)
		}
		return e.res, memo
	}
}

// distinctQuotes returns the IDs and texts of the quotations, each text
// once, in the order they first stand; qids are the quotations' IDs.
func distinctQuotes(quotes []quote.Quote, qids []string) (ids, texts []string) {
	seen := make(map[string]bool, len(quotes))
	ids, texts = make([]string, 0, len(quotes)), make([]string, 0, len(quotes))
	for i, q := range quotes {
		if id := qids[i]; !seen[id] {
			seen[id] = true
			ids = append(ids, id)
			texts = append(texts, q.Text)
		}
	}
	return ids, texts
}

// QuoteIDs returns the quotations' vector IDs (QuoteID), in the order of
// Quotes.
func (ix *Index) QuoteIDs() []string {
	ix.quoteIDsOnce.Do(func() { ix.quoteIDs = quoteIDsReusing(ix.quotes, nil) })
	return ix.quoteIDs
}

// quoteIDsReusing returns the quotations' IDs, taking those of texts
// prev holds from it: a hash per quotation is most of the work of
// listing them on every update.
func quoteIDsReusing(quotes []quote.Quote, prev *Index) []string {
	known := map[string]string{}
	if prev != nil {
		pids := prev.QuoteIDs()
		known = make(map[string]string, len(pids))
		for i, q := range prev.quotes {
			known[q.Text] = pids[i]
		}
	}
	ids := make([]string, len(quotes))
	for i, q := range quotes {
		if id, ok := known[q.Text]; ok {
			ids[i] = id
		} else {
			ids[i] = QuoteID(q.Text)
		}
	}
	return ids
}

// rememberQuotes makes a loaded index's memo from its quotations and
// names, so that the first article added after a start is read alone, as
// the later ones are. A build that starts first waits for it.
func (ix *Index) rememberQuotes() {
	ix.quoteMemo.CompareAndSwap(nil, ix.remembered())
}

// rememberNames makes a memo of the quotations an index holds, the
// articles' Keys by Source in keys, with the names its snapshot saved;
// names missing or damaged are read again from the articles by the run
// that takes the memo.
func rememberNames(keys map[string]string, quotes []quote.Quote, names []byte) *quote.Memo {
	memo := quote.Remember(keys, quotes)
	if names != nil {
		_ = memo.LoadNames(names) // on an error the memo holds no names
	}
	return memo
}

// readSavedNames reads the names the snapshot m names saved; nil when
// they cannot be read (a snapshot of an older Parley), and are read again.
func readSavedNames(dataDir string, m Manifest) []byte {
	data, _ := readSnapshotFile(dataDir, m, namesFile)
	return data
}

// marshalQuotes encodes the quotations and speakers (see quote.Save).
func (ix *Index) marshalQuotes() []byte {
	return quote.Save(quote.Result{Quotes: ix.quotes, Speakers: ix.speakers})
}

// loadQuotes reads the saved quotations and speakers.
func (ix *Index) loadQuotes(data []byte, want int) error {
	res, err := quote.Load(data)
	if err != nil {
		return fmt.Errorf("reading the quotations: %w", err)
	}
	if len(res.Quotes) != want {
		return fmt.Errorf("the index holds %d quotations, the manifest %d", len(res.Quotes), want)
	}
	ix.quotes, ix.speakers = res.Quotes, res.Speakers
	return nil
}

// quoteOpening is how many bytes of a quotation find the sentence it
// opens in.
const quoteOpening = 24

// QuotesIn returns the quotations that stand in sentence sent of document
// doc (the sentence holding the line each was read at), in corpus order.
func (ix *Index) QuotesIn(doc, sent int) []quote.Quote {
	var out []quote.Quote
	for _, i := range ix.quotesInSentence(doc, sent) {
		out = append(out, ix.quotes[i])
	}
	return out
}

// PeopleQuotedIn returns the people the articles give as the speakers of
// the quotations standing in a sentence: a group's or a paper's words are
// said by no one's name. It copies no quotation, for the hot paths that
// ask it of every candidate sentence.
func (ix *Index) PeopleQuotedIn(doc, sent int) []string { return ix.speakersIn(doc, sent, true) }

// SpeakersQuotedIn returns the speakers the articles give the quotations
// standing in a sentence, people and organisations alike: "The newspaper
// said it had obtained an audio recording" is the word of the paper the
// attribution found for "the newspaper".
func (ix *Index) SpeakersQuotedIn(doc, sent int) []string { return ix.speakersIn(doc, sent, false) }

// speakersIn returns the speakers of the quotations standing in a
// sentence, only people when people is set.
func (ix *Index) speakersIn(doc, sent int, people bool) []string {
	var out []string
	for _, i := range ix.quotesInSentence(doc, sent) {
		if q := &ix.quotes[i]; q.Speaker != "" && (!people || q.SpeakerType == quote.TypePerson) {
			out = append(out, q.Speaker)
		}
	}
	return out
}

// quotesInSentence returns the indexes of the quotations standing in a
// sentence, from a map made on first use.
func (ix *Index) quotesInSentence(doc, sent int) []int {
	ix.quotesAt.Do(func() {
		ix.quotesBySent = map[[2]int][]int{}
		for i, q := range ix.quotes {
			d, ok := ix.bySource[q.Source]
			if !ok {
				continue
			}
			sents := ix.docs[d].Sentences
			s := sort.Search(len(sents), func(k int) bool { return sents[k].LineEnd >= q.Line })
			if s == len(sents) || sents[s].LineStart > q.Line {
				continue
			}
			// A line may hold several sentences: the quotation's is
			// the one that holds its opening words.
			opening := q.Text[:min(len(q.Text), quoteOpening)]
			for k := s; k < len(sents) && sents[k].LineStart <= q.Line; k++ {
				if strings.Contains(sents[k].Text, opening) {
					s = k
					break
				}
			}
			key := [2]int{d, s}
			ix.quotesBySent[key] = append(ix.quotesBySent[key], i)
		}
	})
	return ix.quotesBySent[[2]int{doc, sent}]
}

// Quotes returns the corpus's quotations, in corpus order.
func (ix *Index) Quotes() []quote.Quote { return ix.quotes }

// Speakers returns the corpus's speakers.
func (ix *Index) Speakers() []quote.Speaker { return ix.speakers }
