package index

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/parleybot/parley/rag/document"
)

// Chunk is a run of consecutive sentences of one document, the unit that is
// embedded and retrieved.
type Chunk struct {
	// ID is unique in the index: "source#n".
	ID string
	// Source is the document's file name, Title its headline.
	Source, Title string
	// LineStart and LineEnd are the 1-based lines the chunk spans.
	LineStart, LineEnd int
	// Text is the chunk's sentences joined by spaces, as ChunkDocument
	// gives it; "" in an Index, which keeps only Sum (Index.ChunkText
	// gives the text).
	Text string
	// Sum is a hash of Text: an update tells an unchanged chunk by it.
	Sum uint64
	// Doc indexes the document in the index; First and Last index its
	// sentences in Document.Sentences, inclusive.
	Doc, First, Last int
}

// ChunkOptions sets the size of chunks.
type ChunkOptions struct {
	// TargetChars closes a chunk once it holds this many characters.
	TargetChars int
	// MaxSentences closes a chunk once it holds this many sentences.
	MaxSentences int
	// Overlap is how many sentences a chunk shares with the one before.
	Overlap int
}

// DefaultChunkOptions are small chunks with one sentence of overlap.
var DefaultChunkOptions = ChunkOptions{TargetChars: 480, MaxSentences: 4, Overlap: 1}

// ChunkDocument cuts a document's sentences into overlapping chunks that never
// cross a dropped line, so each chunk's text stands on its line range.
func ChunkDocument(docIndex int, doc document.Document, opt ChunkOptions) []Chunk {
	return chunkDocument(docIndex, doc, opt, true)
}

// chunkDocument is ChunkDocument, keeping each chunk's text or only its
// sum: an index needs no chunk text, and at 10,000 articles the texts are
// tens of megabytes.
func chunkDocument(docIndex int, doc document.Document, opt ChunkOptions, keepText bool) []Chunk {
	var chunks []Chunk
	sents := doc.Sentences
	var buf []byte // the hash takes bytes: one buffer, not a copy per sentence
	for i := 0; i < len(sents); {
		j, size := i, 0
		for j < len(sents) && sents[j].Segment == sents[i].Segment {
			size += len(sents[j].Text)
			j++
			if size >= opt.TargetChars || j-i >= opt.MaxSentences {
				break
			}
		}
		var text strings.Builder
		sum := fnv.New64a()
		for k, s := range sents[i:j] {
			if k > 0 && !s.Glued {
				sum.Write([]byte{' '})
				if keepText {
					text.WriteByte(' ')
				}
			}
			buf = append(buf[:0], s.Text...)
			sum.Write(buf)
			if keepText {
				text.WriteString(s.Text)
			}
		}
		chunks = append(chunks, Chunk{
			Sum:       sum.Sum64(),
			ID:        doc.Source + "#" + strconv.Itoa(len(chunks)),
			Source:    doc.Source,
			Title:     doc.Title,
			LineStart: sents[i].LineStart,
			LineEnd:   sents[j-1].LineEnd,
			Text:      text.String(),
			Doc:       docIndex,
			First:     i,
			Last:      j - 1,
		})
		if j >= len(sents) {
			break
		}
		next := j - opt.Overlap
		if next <= i || sents[next].Segment != sents[j].Segment {
			next = j
		}
		i = next
	}
	return chunks
}
