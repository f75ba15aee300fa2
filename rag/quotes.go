package rag

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/term"

	chromem "github.com/philippgille/chromem-go"

	"github.com/parleybot/parley/rag/quote"
)

// quoteIndex holds the corpus's quotations, found at index time, with what
// matching a /who-said query needs.
type quoteIndex struct {
	all      []quote.Quote
	speakers []quote.Speaker
	// coll holds the quotations' vectors, for paraphrases.
	coll *chromem.Collection
	// terms are the index terms of each quotation (and, for reported
	// speech, of its sentence); folded its text folded for exact matching.
	terms, sentTerms [][]string
	folded, foldedS  []string
	df               map[string]int
	// alias maps folded names and aliases to their speaker.
	alias map[string]int
	// ambiguous maps a folded form that several speakers share to their
	// names.
	ambiguous map[string][]string
	// byID maps a vector ID to the quotations with that text.
	byID map[string][]int
}

// QuoteDocuments gives the quotation extractor the articles' sentences.
func QuoteDocuments(docs []Document) []quote.Document {
	out := make([]quote.Document, 0, len(docs))
	for _, d := range docs {
		qd := quote.Document{Source: d.Source, Sentences: make([]quote.Sentence, 0, len(d.Sentences))}
		for _, s := range d.Sentences {
			qd.Sentences = append(qd.Sentences, quote.Sentence{
				Text: s.Text, LineStart: s.LineStart, LineEnd: s.LineEnd,
				LineBreaks: s.LineBreaks, Paragraph: s.Paragraph, Headline: s.Headline,
			})
		}
		out = append(out, qd)
	}
	return out
}

// buildQuotes extracts the quotations and stores their vectors in a
// chromem-go collection beside the chunks, keyed by their text's hash, so
// unchanged quotations keep their vectors across rebuilds.
func (ix *Index) buildQuotes(ctx context.Context, prev *chromem.Collection) error {
	res := quote.Extract(QuoteDocuments(ix.docs))
	ix.quotes = newQuoteIndex(res.Quotes, res.Speakers)
	coll, err := ix.db.CreateCollection(quoteColl, nil, ix.embedFunc())
	if err != nil {
		return fmt.Errorf("creating the quotation collection: %w", err)
	}
	var ids, texts []string
	for id, idxs := range ix.quotes.byID {
		ids = append(ids, id)
		texts = append(texts, res.Quotes[idxs[0]].Text)
	}
	vectors, err := ix.embedReusing(ctx, ids, texts, prev, nil)
	if err != nil {
		return err
	}
	var cdocs []chromem.Document
	for i, v := range vectors {
		if normalize(v) {
			cdocs = append(cdocs, chromem.Document{ID: ids[i], Embedding: v, Content: texts[i]})
		}
	}
	if len(cdocs) > 0 {
		if err := coll.AddDocuments(ctx, cdocs, runtime.NumCPU()); err != nil {
			return fmt.Errorf("storing the quotations: %w", err)
		}
	}
	ix.quotes.coll = coll
	return nil
}

// quoteID is a quotation's vector ID: the hash of its text.
func quoteID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "q-" + hex.EncodeToString(sum[:8])
}

// quotesState is what is saved of the quotation index.
type quotesState struct {
	Quotes   []quote.Quote   `json:"quotes"`
	Speakers []quote.Speaker `json:"speakers"`
}

func (qi *quoteIndex) marshal() []byte {
	data, _ := json.Marshal(quotesState{Quotes: qi.all, Speakers: qi.speakers})
	return data
}

// loadQuotes reads the saved quotation index, with its collection.
func (ix *Index) loadQuotes(data []byte, want int, coll *chromem.Collection) error {
	var st quotesState
	if err := json.Unmarshal(data, &st); err != nil {
		return fmt.Errorf("reading the quotations: %w", err)
	}
	if len(st.Quotes) != want {
		return fmt.Errorf("the index holds %d quotations, the manifest %d", len(st.Quotes), want)
	}
	ix.quotes = newQuoteIndex(st.Quotes, st.Speakers)
	ix.quotes.coll = coll
	if ix.quotes.coll == nil {
		return fmt.Errorf("the vector file holds no quotation collection")
	}
	return nil
}

func newQuoteIndex(quotes []quote.Quote, speakers []quote.Speaker) quoteIndex {
	qi := quoteIndex{
		all: quotes, speakers: speakers,
		terms: make([][]string, len(quotes)), sentTerms: make([][]string, len(quotes)),
		folded: make([]string, len(quotes)), foldedS: make([]string, len(quotes)),
		df: map[string]int{}, alias: map[string]int{}, byID: map[string][]int{},
	}
	for i, q := range quotes {
		id := quoteID(q.Text)
		qi.byID[id] = append(qi.byID[id], i)
		qi.terms[i] = term.Of(q.Text)
		qi.folded[i] = foldForMatch(q.Text)
		if q.Kind != quote.Direct {
			qi.sentTerms[i] = term.Of(q.Sentence)
			qi.foldedS[i] = foldForMatch(q.Sentence)
		}
		for t := range uniq(append(append([]string{}, qi.terms[i]...), qi.sentTerms[i]...)) {
			qi.df[t]++
		}
	}
	holders := map[string][]int{}
	for i, s := range speakers {
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			key := foldName(name)
			if _, taken := qi.alias[key]; !taken || key == foldName(s.Name) {
				qi.alias[key] = i
			}
			if !slices.Contains(holders[key], i) {
				holders[key] = append(holders[key], i)
			}
		}
	}
	// A form two people share (a surname: "Bush" for Jeb Bush and George
	// H.W. Bush) names neither: asking for it gets "did you mean".
	qi.ambiguous = map[string][]string{}
	for key, hs := range holders {
		if len(hs) < 2 {
			continue
		}
		full := false
		for _, i := range hs {
			full = full || foldName(speakers[i].Name) == key
		}
		if full {
			continue
		}
		for _, i := range hs {
			qi.ambiguous[key] = append(qi.ambiguous[key], speakers[i].Name)
		}
		sort.Strings(qi.ambiguous[key])
		delete(qi.alias, key)
	}
	return qi
}

// foldForMatch folds text for fragment matching: typographic variants,
// case, bracketed insertions ("[John Kerry]"), ellipses and punctuation go;
// words stay, separated by single spaces.
func foldForMatch(s string) string {
	s = term.Fold(s)
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
			b.WriteByte(' ')
		case r == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'':
			// keep apostrophes inside words: "don't"
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), " ' ", " ")), " ")
}

// foldName folds a speaker's name for lookup: case, accents of quotes,
// punctuation and a leading "the" go.
func foldName(s string) string {
	f := foldForMatch(s)
	return strings.TrimPrefix(f, "the ")
}

// knownAlias reports whether a name is a form of a known speaker's name.
func (qi *quoteIndex) knownAlias(name string) bool {
	_, ok := qi.alias[foldName(name)]
	return ok
}
