// Command lexicongen writes rag/lexicon's embedded table of related terms
// from the WordNet 3.0 database files that Debian's wordnet-base package
// installs in /usr/share/wordnet:
//
//	apt-get install wordnet-base
//	go run ./internal/tools/lexicongen > rag/lexicon/related.txt.gz
//	go run ./internal/tools/lexicongen -speech > rag/quote/speechverbs.txt
//	go run ./internal/tools/lexicongen -antonyms > rag/lexicon/antonyms.txt.gz
//	go run ./internal/tools/lexicongen -phrases > rag/lexicon/phrases.txt.gz
//	go run ./internal/tools/lexicongen -names > rag/lexicon/names.txt.gz
//	go run ./internal/tools/lexicongen -forms > rag/lexicon/forms.txt.gz
//
// With -forms it writes the irregular forms of verbs and nouns from
// WordNet's exception lists (ate: eat; mice: mouse), linked both ways.
//
// With -names it writes the one-word lemmas WordNet writes only with a
// capital (Germany, Isis), which a question in lower case names.
//
// With -phrases it writes WordNet's verbs of several words (call off, get
// hold of) with the one-word terms of their senses (cancel, postpone),
// and the names of several words that share a sense with their initials
// (initial public offering, IPO) with the abbreviation.
//
// With -antonyms it writes the words WordNet marks as antonyms of a
// word's most frequent senses (win, lose; first, last), with their
// irregular forms (won, lost), and short adjectives' comparatives and
// superlatives opposed degree by degree (highest, lowest).
//
// With -speech it writes instead the verbs that report speech, in every
// form news writes them (say, says, said, saying): WordNet's verbs of
// communication that take a "that" clause ("Somebody ----s that CLAUSE")
// or are narrower senses of "state, say, tell", and whose most frequent
// sense is one of communication.
//
// For each of a word's most frequent senses it takes the other words of
// that sense (synonyms), the word's derivationally related forms (backer,
// back), adjectives' base nouns (Russian, Russia), the broader sense of
// verbs (postpone, delay), the narrower senses of nouns when there are
// few, and the country of a capital city (Moscow, Russia). Words are
// stored as Parley's index terms, so the table is regenerated whenever
// term.Version changes.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

// sensesPerWord is how many of a word's senses (most frequent first) count;
// verbs have more senses in common use than nouns.
func sensesPerWord(pos string) int {
	if pos == "v" {
		return 5
	}
	return 3
}

// maxHyponyms bounds the narrower senses taken from one noun sense.
const maxHyponyms = 8

type pointer struct {
	symbol  string
	target  string // pos + offset
	srcWord int    // 0 for a relation between senses
	dstWord int
}

type synset struct {
	words   []string
	ptrs    []pointer
	gloss   string
	lexFile int
	frames  []int // verb frame numbers
}

func main() {
	dir := flag.String("dir", "/usr/share/wordnet", "folder of the WordNet database files")
	speech := flag.Bool("speech", false, "write the speech verbs instead of the related terms")
	antonyms := flag.Bool("antonyms", false, "write the antonyms instead of the related terms")
	phrases := flag.Bool("phrases", false, "write the verb phrases instead of the related terms")
	names := flag.Bool("names", false, "write the proper names instead of the related terms")
	forms := flag.Bool("forms", false, "write the irregular forms instead of the related terms")
	flag.Parse()
	do := run
	switch {
	case *speech:
		do = runSpeech
	case *antonyms:
		do = runAntonyms
	case *phrases:
		do = runPhrases
	case *names:
		do = runNames
	case *forms:
		do = runForms
	}
	if err := do(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "lexicongen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	synsets, err := readSynsets(dir)
	if err != nil {
		return err
	}
	related := table{}
	link := related.link
	err = eachSense(dir, synsets, func(lemma, p string, ss *synset) {
		from := entry(lemma, p)
		if from == "" {
			return
		}
		for _, w := range ss.words {
			link(from, entry(w, p))
		}
		wordNo := indexOf(ss.words, lemma) + 1
		hypos := 0
		for _, ptr := range ss.ptrs {
			if ptr.symbol == "~" && ptr.srcWord == 0 {
				hypos++
			}
		}
		for _, ptr := range ss.ptrs {
			t := synsets[ptr.target]
			if t == nil {
				continue
			}
			switch {
			case ptr.symbol == `\` && ptr.srcWord == wordNo:
				// Russian, American: every name of the place.
				for _, w := range t.words {
					link(from, entry(w, ptr.target[:1]))
				}
			case ptr.symbol == "+" && ptr.srcWord == wordNo && ptr.dstWord > 0:
				// back, backer; and from a verb to the kind of
				// person or thing it derives (backer is a sponsor).
				link(from, entry(t.words[ptr.dstWord-1], ptr.target[:1]))
				if p == "v" && strings.HasPrefix(ptr.target, "n") {
					if h := synsets[hypernym(t)]; h != nil {
						for _, w := range h.words {
							link(from, entry(w, "n"))
						}
					}
				}
			case ptr.symbol == "@" && p == "v" && ptr.srcWord == 0,
				ptr.symbol == "~" && p == "n" && ptr.srcWord == 0 && hypos <= maxHyponyms,
				(ptr.symbol == ">" || ptr.symbol == "*") && ptr.srcWord == 0:
				for _, w := range t.words {
					link(from, entry(w, ptr.target[:1]))
				}
			case ptr.symbol == "#p" && p == "n" && isCapital(ss, synsets):
				// Moscow, Russia; Washington, District of Columbia, United
				// States: up to the country, which a capital stands for in
				// the news, and no further (Helsinki is no name of Europe).
				for depth := 0; t != nil && depth < 2; depth++ {
					for _, w := range t.words {
						link(from, entry(w, ptr.target[:1]))
					}
					// and the country's adjective: Moscow, Russian.
					for _, cp := range t.ptrs {
						if a := synsets[cp.target]; cp.symbol == "+" && a != nil && cp.dstWord > 0 && strings.HasPrefix(cp.target, "a") {
							link(from, entry(a.words[cp.dstWord-1], cp.target[:1]))
						}
					}
					if isCountry(t, synsets) {
						break
					}
					t = synsets[holonym(t)]
				}
			}
		}
	})
	if err != nil {
		return err
	}
	return writeTable("related index terms", related)
}

// table maps a term to a set of terms.
type table map[string]map[string]bool

// link adds a and b to each other's sets; an empty term, or a term and
// itself, are not linked.
func (t table) link(a, b string) {
	if a == "" || b == "" || a == b {
		return
	}
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if t[p[0]] == nil {
			t[p[0]] = map[string]bool{}
		}
		t[p[0]][p[1]] = true
	}
}

// eachSense calls fn with each lemma of every part of speech and each of
// its most frequent senses (sensesPerWord), most frequent first; p is the
// part of speech's letter.
func eachSense(dir string, synsets map[string]*synset, fn func(lemma, p string, ss *synset)) error {
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		p := posLetter(pos)
		err := readIndex(filepath.Join(dir, "index."+pos), func(lemma string, offsets []string) {
			for i, off := range offsets {
				if i == sensesPerWord(p) {
					break
				}
				if ss := synsets[p+off]; ss != nil {
					fn(lemma, p, ss)
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// writeTable writes a table of terms to their sorted terms, gzipped, to
// standard output, after a header naming what it holds and term.Version.
func writeTable(what string, t table) error {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	zw, _ := gzip.NewWriterLevel(os.Stdout, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# %s from WordNet 3.0 (Princeton University); term.Version %d\n", what, term.Version)
	for _, k := range keys {
		vals := make([]string, 0, len(t[k]))
		for v := range t[k] {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		fmt.Fprintf(w, "%s\t%s\n", k, strings.Join(vals, " "))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readSynsets reads the synsets of every part of speech.
func readSynsets(dir string) (map[string]*synset, error) {
	synsets := map[string]*synset{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readData(filepath.Join(dir, "data."+pos), synsets); err != nil {
			return nil, err
		}
	}
	return synsets, nil
}

// single returns the index term of a one-word lemma, "" for multi-word
// lemmas, stop words and words of one letter.
func single(lemma string) string {
	if i := strings.IndexByte(lemma, '('); i >= 0 { // adjective markers: "(a)", "(p)"
		lemma = lemma[:i]
	}
	if strings.ContainsAny(lemma, "_ -") {
		return ""
	}
	ts := term.Of(lemma)
	if len(ts) != 1 || term.IsNumber(ts[0]) {
		return ""
	}
	return ts[0]
}

// entry returns the index term of a lemma of part of speech p in the
// table of related terms: single's, or for a hyphenated noun or verb of
// lower-case letters ("go-between", "cease-fire") the term of its joined
// form, which the index holds for the articles' hyphenated words and a
// question's are met by. Hyphenated adjectives are left out: they qualify
// in a sense of their own ("so-called" is "supposed" as doubted, never as
// expected).
func entry(lemma, p string) string {
	if t := single(lemma); t != "" || p != "n" && p != "v" || !strings.Contains(lemma, "-") || strings.ContainsAny(lemma, "_ (") {
		return t
	}
	for _, p := range strings.Split(lemma, "-") {
		if p == "" || strings.Trim(p, "abcdefghijklmnopqrstuvwxyz") != "" {
			return ""
		}
	}
	return term.Word(strings.ReplaceAll(lemma, "-", ""))
}

func indexOf(words []string, lemma string) int {
	for i, w := range words {
		if strings.EqualFold(strings.SplitN(w, "(", 2)[0], lemma) {
			return i
		}
	}
	return -1
}

func posLetter(pos string) string {
	switch pos {
	case "noun":
		return "n"
	case "verb":
		return "v"
	case "adj":
		return "a"
	}
	return "r"
}

// readData reads a data.POS file into synsets keyed by pos letter and offset.
func readData(path string, out map[string]*synset) error {
	return eachLine(path, func(line string) {
		body, gloss, _ := strings.Cut(line, "|")
		fs := strings.Fields(body)
		if len(fs) < 4 {
			return
		}
		ssType := fs[2]
		if ssType == "s" {
			ssType = "a" // adjective satellites share the adjective offsets
		}
		n, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil {
			return
		}
		lexFile, _ := strconv.Atoi(fs[1])
		ss := &synset{gloss: strings.TrimSpace(gloss), lexFile: lexFile}
		i := 4
		for k := 0; k < int(n) && i+1 < len(fs); k++ {
			ss.words = append(ss.words, fs[i])
			i += 2
		}
		if i >= len(fs) {
			return
		}
		pc, _ := strconv.Atoi(fs[i])
		i++
		for k := 0; k < pc && i+3 < len(fs); k++ {
			st := fs[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			tp := fs[i+2]
			if tp == "s" {
				tp = "a"
			}
			ss.ptrs = append(ss.ptrs, pointer{symbol: fs[i], target: tp + fs[i+1], srcWord: int(src), dstWord: int(dst)})
			i += 4
		}
		if fs[2] == "v" && i < len(fs) {
			fc, _ := strconv.Atoi(fs[i])
			i++
			for k := 0; k < fc && i+2 < len(fs); k++ {
				f, _ := strconv.Atoi(fs[i+1])
				ss.frames = append(ss.frames, f)
				i += 3
			}
		}
		p := fs[2]
		if p == "s" {
			p = "a"
		}
		out[p+fs[0]] = ss
	})
}

// readIndex calls fn with each lemma of an index.POS file and its sense
// offsets, most frequent first.
func readIndex(path string, fn func(lemma string, offsets []string)) error {
	return eachLine(path, func(line string) {
		fs := strings.Fields(line)
		if len(fs) < 6 {
			return
		}
		senses, _ := strconv.Atoi(fs[2])
		pc, _ := strconv.Atoi(fs[3])
		start := 4 + pc + 2
		if start+senses > len(fs) {
			return
		}
		fn(fs[0], fs[start:start+senses])
	})
}

// eachLine calls fn with each line of a WordNet database file, its licence
// header (lines that start with two spaces) left out.
func eachLine(path string, fn func(line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w (install Debian's wordnet-base)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "  ") {
			fn(line)
		}
	}
	return sc.Err()
}

// isCapital reports whether a synset is an instance of a national capital.
func isCapital(ss *synset, synsets map[string]*synset) bool {
	for _, p := range ss.ptrs {
		if p.symbol == "@i" {
			if t := synsets[p.target]; t != nil && indexOf(t.words, "national_capital") >= 0 {
				return true
			}
		}
	}
	return false
}

// maxCountryDepth bounds the broader senses read up from a place's
// instance hypernym to find "country" (European country, country).
const maxCountryDepth = 3

// isCountry reports whether a synset is an instance of a country: its
// instance hypernym ("European country") is, or is a kind of, country.
func isCountry(ss *synset, synsets map[string]*synset) bool {
	for _, p := range ss.ptrs {
		if p.symbol != "@i" {
			continue
		}
		for t, depth := synsets[p.target], 0; t != nil && depth < maxCountryDepth; t, depth = synsets[hypernym(t)], depth+1 {
			if indexOf(t.words, "country") >= 0 {
				return true
			}
		}
	}
	return false
}

// hypernym returns the first broader sense of a synset, or "".
func hypernym(ss *synset) string {
	for _, p := range ss.ptrs {
		if p.symbol == "@" {
			return p.target
		}
	}
	return ""
}

// holonym returns the first whole a synset is part of, or "".
func holonym(ss *synset) string {
	for _, p := range ss.ptrs {
		if p.symbol == "#p" {
			return p.target
		}
	}
	return ""
}

// Verb frames and lexicographer files of WordNet (see wninput(5WN) and
// lexnames(5WN)).
const (
	frameThatClause  = 26          // Somebody ----s that CLAUSE
	lexCommunication = 32          // verb.communication
	saySynset        = "v01009258" // state, say, tell: express in words
	maxHyponymDepth  = 3
)

// runSpeech writes the speech verbs, one form a line, sorted.
func runSpeech(dir string) error {
	synsets := map[string]*synset{}
	if err := readData(filepath.Join(dir, "data.verb"), synsets); err != nil {
		return err
	}
	bases := map[string]bool{}
	qualifying := map[*synset]bool{}
	add := func(ss *synset) {
		qualifying[ss] = true
		for _, w := range ss.words {
			w = strings.ToLower(strings.SplitN(w, "(", 2)[0])
			if !strings.ContainsAny(w, "_-") {
				bases[w] = true
			}
		}
	}
	for _, ss := range synsets {
		if ss.lexFile == lexCommunication && slices.Contains(ss.frames, frameThatClause) {
			add(ss)
		}
	}
	// Narrower senses of "say", a few levels down.
	level := []string{saySynset}
	for depth := 0; depth <= maxHyponymDepth && len(level) > 0; depth++ {
		var next []string
		for _, off := range level {
			ss := synsets[off]
			if ss == nil {
				continue
			}
			add(ss)
			for _, p := range ss.ptrs {
				if p.symbol == "~" {
					next = append(next, p.target)
				}
			}
		}
		level = next
	}
	// Only verbs whose most frequent sense is one of these: not "make",
	// "take", "sign" or "trump", which say something only now and then.
	first := map[string]bool{}
	if err := readIndex(filepath.Join(dir, "index.verb"), func(lemma string, offsets []string) {
		if ss := synsets["v"+offsets[0]]; ss != nil && qualifying[ss] {
			first[lemma] = true
		}
	}); err != nil {
		return err
	}
	for b := range bases {
		if !first[b] || term.IsStop(b) { // "will" is a modal first
			delete(bases, b)
		}
	}
	forms := map[string]bool{}
	for b := range bases {
		for _, f := range inflect(b) {
			forms[f] = true
		}
	}
	// Irregular forms: said, told, wrote.
	if err := readExceptions(filepath.Join(dir, "verb.exc"), func(form, base string) {
		if bases[base] {
			forms[form] = true
		}
	}); err != nil {
		return err
	}
	out := make([]string, 0, len(forms))
	for f := range forms {
		out = append(out, f)
	}
	sort.Strings(out)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# verbs that report speech, from WordNet 3.0 (Princeton University)")
	for _, f := range out {
		fmt.Fprintln(w, f)
	}
	return w.Flush()
}

// inflect gives a verb's regular forms: base, -s, -ed, -ing.
func inflect(b string) []string {
	out := []string{b}
	switch {
	case strings.HasSuffix(b, "e"):
		out = append(out, b+"s", b+"d", b[:len(b)-1]+"ing")
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		out = append(out, b[:len(b)-1]+"ies", b[:len(b)-1]+"ied", b+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
	}
	return out
}

// readExceptions calls fn with each irregular form and its base.
func readExceptions(path string, fn func(form, base string)) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		fs := strings.Fields(line)
		if len(fs) >= 2 {
			fn(fs[0], fs[1])
		}
	}
	return nil
}
