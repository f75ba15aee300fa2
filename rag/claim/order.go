package claim

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// This file holds the check of who does what in a claim: "Turkey supports
// Assad" holds every word of "Moscow supporting Assad and Turkey backing
// rebels", but Turkey is not the one supporting there.

// relation is a name of a claim and the first content word after it on
// the way to the next name: the subject and its verb in "Russia waged an
// air campaign in Syria" (Russia, waged).
type relation struct {
	subject name
	verb    string
}

// relations reads the relations of a claim from its tokens and names,
// the names in order with their places. A pair joined by a verb of
// speech ("Psaki said Ford …"), "according to" or a passive's "by" says
// nothing of who does what, and one with no content word between
// ("Russia and Turkey") none either.
func relations(toks []term.Token, names []name) []relation {
	var out []relation
	for k := 0; k+1 < len(names); k++ {
		verb, skip := "", false
		for _, t := range toks[names[k].end+1 : names[k+1].at] {
			w := strings.ToLower(t.Surface)
			if quote.ReportsSpeech(w) || w == "by" || w == "according" {
				skip = true
				break
			}
			if verb == "" && t.Term != "" && !t.Capitalized {
				verb = t.Term
			}
		}
		if !skip && verb != "" {
			out = append(out, relation{subject: names[k], verb: verb})
		}
	}
	return out
}

// clauseBreakRe splits a sentence where an aside or a clause may begin:
// at commas, semicolons, colons and dashes.
var clauseBreakRe = regexp.MustCompile(`[,;:—–]|\s-\s`)

// segments returns the tokens of each stretch of the sentence between
// clause breaks, read once.
func (si *sentInfo) segments() [][]term.Token {
	if si.segs == nil {
		for _, part := range clauseBreakRe.Split(si.text, -1) {
			si.segs = append(si.segs, term.Tokenize(part))
		}
	}
	return si.segs
}

// swapped reports a claim that gives a verb of the sentences it cites to
// another subject than theirs: in every sentence that holds the claim's
// subject and its verb as written, the verb follows, within its clause,
// names that do not include the subject ("… with Moscow supporting
// Assad"). A verb with no name before it in its clause ("George A.
// Krol, will represent"), or followed by "by", leaves its subject
// unknown, and the claim stands.
func (c *checker) swapped(f facts, set []sentRef) bool {
	for _, rel := range f.relations {
		seen, other := false, true
		for _, r := range set {
			si := c.info(r)
			if !slices.Contains(si.terms, rel.verb) || !c.nameMet(rel.subject, [][]string{si.terms}) {
				continue
			}
			for s, seg := range si.segments() {
				for i, t := range seg {
					if t.Term != rel.verb {
						continue
					}
					seen = true
					before := c.namesBefore(seg, i, s == 0)
					if len(before) == 0 || passiveAt(seg, i) || c.nameMet(rel.subject, [][]string{before}) {
						other = false
					}
				}
			}
		}
		if seen && other {
			return true
		}
	}
	return false
}

// namesBefore returns the terms of the capitalised words before seg[i];
// a sentence's first word counts only when the articles use it as a
// name.
func (c *checker) namesBefore(seg []term.Token, i int, first bool) []string {
	var out []string
	for k, t := range seg[:i] {
		if !t.Capitalized || t.Term == "" || first && k == 0 && !c.ix.IsName(t.Term) {
			continue
		}
		out = append(out, t.Term)
	}
	return out
}

// passiveAt reports a verb followed by "by" within two words: its
// subject is the one acted on ("supported by Iranian ground forces").
func passiveAt(seg []term.Token, i int) bool {
	for k := i + 1; k < min(i+3, len(seg)); k++ {
		if strings.EqualFold(seg[k].Surface, "by") {
			return true
		}
	}
	return false
}
