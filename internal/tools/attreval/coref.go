package main

import (
	"encoding/xml"
	"os"
	"strings"
	"unicode"
)

// corenlpDoc is the part of a CoreNLP XML annotation that attreval reads:
// tokens with their character offsets and the coreference chains.
type corenlpDoc struct {
	Sentences []struct {
		Tokens []struct {
			Word  string `xml:"word"`
			Begin int    `xml:"CharacterOffsetBegin"`
			End   int    `xml:"CharacterOffsetEnd"`
			POS   string `xml:"POS"`
		} `xml:"tokens>token"`
	} `xml:"document>sentences>sentence"`
	Chains []struct {
		Mentions []struct {
			Sentence int    `xml:"sentence"`
			Start    int    `xml:"start"`
			End      int    `xml:"end"`
			Text     string `xml:"text"`
		} `xml:"mention"`
	} `xml:"document>coreference>coreference"`
}

// corefSpan is one mention of a chain, as character offsets.
type corefSpan struct{ begin, end, chain int }

// corefIndex finds, for a span of an article, the name its coreference
// chain gives: PolNeAR's sources are often "he" or "the senator", and its
// CoreNLP annotation (a system's output, not gold) says whom they mean.
type corefIndex struct {
	spans []corefSpan
	names []string // per chain: its longest mention made of a capitalised name, or ""
}

// readCoref reads a CoreNLP XML file; a missing file gives nil.
func readCoref(path string) *corefIndex {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var d corenlpDoc
	if xml.Unmarshal(raw, &d) != nil {
		return nil
	}
	ci := &corefIndex{}
	for c, ch := range d.Chains {
		name := ""
		for _, m := range ch.Mentions {
			if m.Sentence < 1 || m.Sentence > len(d.Sentences) {
				continue
			}
			toks := d.Sentences[m.Sentence-1].Tokens
			if m.Start < 1 || m.End-1 > len(toks) || m.Start >= m.End {
				continue
			}
			ci.spans = append(ci.spans, corefSpan{toks[m.Start-1].Begin, toks[m.End-2].End, c})
			// The chain's name is its longest mention made only of proper
			// nouns: "Arturo Sarukhan", not "Mexico's ambassador".
			var words []string
			for _, t := range toks[m.Start-1 : m.End-1] {
				if t.POS != "NNP" || !unicode.IsUpper([]rune(t.Word)[0]) {
					words = nil
					break
				}
				words = append(words, t.Word)
			}
			if len(words) > len(strings.Fields(name)) && len(words) <= 4 {
				name = strings.Join(words, " ")
			}
		}
		ci.names = append(ci.names, name)
	}
	return ci
}

// nameAt returns the name of the chain whose mention best covers the span
// [begin, end): the shortest mention that holds it, or "" for none.
func (ci *corefIndex) nameAt(begin, end int) string {
	if ci == nil {
		return ""
	}
	best, bestLen := "", -1
	for _, s := range ci.spans {
		if s.begin <= begin && s.end >= end || begin <= s.begin && end >= s.end {
			if l := s.end - s.begin; bestLen < 0 || l < bestLen {
				best, bestLen = ci.names[s.chain], l
			}
		}
	}
	return best
}
