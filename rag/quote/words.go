package quote

import (
	"slices"
	"strings"
	"unicode"
)

// word is a token of a sentence frame: a word, a punctuation mark, or a
// placeholder standing for quotation number q.
type word struct {
	text  string
	lw    string // text in lower case
	punct bool
	// q is the index of the quotation this placeholder stands for, or -1.
	q int
	// start and end are the word's rune offsets in the sentence.
	start, end int
}

func (w word) lower() string { return w.lw }

// nameWord reports a word that may be part of a name: capitalised, or a
// particle ("de", "al-"), and no mark or quotation.
func (w word) nameWord() bool {
	return !w.punct && w.q < 0 && (w.capitalized() || IsNameParticle(w.text))
}

// capitalized reports whether the word starts with an upper-case letter
// and is no modifier made from a name: "Trump-style", "Texas-based" and
// "GOP-led" end in a lower-case word, and name no one.
func (w word) capitalized() bool {
	for _, r := range w.text {
		return unicode.IsUpper(r) && !nameModifier(w.text)
	}
	return false
}

// nameModifier reports a word joined by a hyphen to a word that makes it
// modify a noun: a past participle ("Texas-based", "GOP-backed") or one
// of modifierHeads ("Trump-style", "Obama-era"). Given names joined by a
// hyphen ("Park Geun-hye", "Kim Jong-un") are no modifiers.
func nameModifier(s string) bool {
	i := strings.LastIndexByte(s, '-')
	if i <= 0 || i == len(s)-1 {
		return false
	}
	head := s[i+1:]
	for _, r := range head {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return len(head) > 3 && strings.HasSuffix(head, "ed") || modifierHeads[head]
}

// modifierHeads are words that, joined by a hyphen to a name, make it
// modify a noun.
var modifierHeads = map[string]bool{
	"style": true, "era": true, "born": true, "made": true, "run": true, "held": true,
	"like": true, "type": true, "friendly": true, "wide": true, "bound": true, "led": true,
}

// splitFrame cuts a frame into words and punctuation; runes marked in qAt
// (by quotation index + 1) become one placeholder word per quotation.
func splitFrame(runes []rune, qAt []int) []word {
	var out []word
	i := 0
	for i < len(runes) {
		r := runes[i]
		switch {
		case qAt[i] > 0:
			q, from := qAt[i], i
			for i < len(runes) && qAt[i] == q {
				i++
			}
			out = append(out, word{text: "\x00", lw: "\x00", q: q - 1, start: from, end: i})
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + 1
			for j < len(runes) && qAt[j] == 0 {
				c := runes[j]
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j++
					continue
				}
				// Inner apostrophes, hyphens and dots (U.S., al-Assad, Russia's),
				// and a slash between digits (9/11).
				if (c == '\'' || c == '’' || c == '-' || c == '.') && j+1 < len(runes) &&
					(unicode.IsLetter(runes[j+1]) || unicode.IsDigit(runes[j+1])) && qAt[j+1] == 0 {
					j++
					continue
				}
				if c == '/' && unicode.IsDigit(runes[j-1]) && j+1 < len(runes) && unicode.IsDigit(runes[j+1]) && qAt[j+1] == 0 {
					j++
					continue
				}
				// The final dot of an initial or acronym (A., U.S.), or of a
				// title (Mr., Gov., Sen.), which ends no sentence here.
				if c == '.' && (isInitialish(runes[i:j]) || titleAbbrevs[strings.ToLower(string(runes[i:j]))]) {
					j++
				}
				break
			}
			t := string(runes[i:j])
			out = append(out, word{text: t, lw: strings.ToLower(t), q: -1, start: i, end: j})
			i = j
		default:
			out = append(out, word{text: string(r), lw: string(r), punct: true, q: -1, start: i, end: i + 1})
			i++
		}
	}
	return out
}

// isInitialish reports whether s is a single capital or dotted capitals.
func isInitialish(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for k, r := range s {
		if k%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
		if k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// joinWords renders words back to text with simple spacing.
func joinWords(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !(w.punct && strings.Contains(",.;:?!)”’", w.text)) && !(i > 0 && ws[i-1].text == "(") {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// speechVerbs are the verbs that report speech most often, in the forms
// news uses; lexiconSpeechVerbs adds the rest of WordNet's.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true,
	"told": true, "tells": true, "tell": true, "telling": true,
	"added": true, "adds": true, "adding": true,
	"asked": true, "asks": true, "asking": true, "argued": true, "argues": true,
	"stressed": true, "stresses": true, "noted": true, "notes": true,
	"explained": true, "explains": true, "insisted": true, "insists": true,
	"warned": true, "warns": true, "declared": true, "declares": true,
	"announced": true, "announces": true, "stated": true,
	"responded": true, "responds": true, "replied": true, "replies": true,
	"claimed": true, "claims": true, "wrote": true, "writes": true,
	"reported": true, "reports": true, "complained": true, "complains": true,
	"acknowledged": true, "admitted": true, "conceded": true, "predicted": true,
	"urged": true, "urges": true, "called": true, "calls": true,
	"described": true, "suggested": true, "repeated": true, "remarked": true,
	"emphasized": true, "emphasised": true, "confirmed": true, "denied": true,
	"recalled": true, "promised": true, "vowed": true, "pledged": true,
	"estimated": true, "observed": true, "continued": true, "continues": true,
	"tweeted": true, "tweets": true, "tweeting": true, "posted": true, "wrote:": true, "texted": true,
	"emailed": true, "insisting": true, "arguing": true, "noting": true, "warning": true,
	// Reporting verbs of news that WordNet files under other senses.
	"concluded": true, "concludes": true, "joked": true, "jokes": true,
	"boasted": true, "boasts": true, "mused": true, "muses": true, "scoffed": true,
	"cautioned": true, "cautions": true, "fumed": true, "groused": true,
	"elaborated": true, "elaborates": true, "assured": true, "assures": true,
	"recalls": true, "recounted": true, "recounts": true, "remembered": true, "remembers": true,
	// Condemning is saying: "released a statement condemning "…"".
	"condemned": true, "condemns": true, "condemning": true,
}

// beforeSpeech are the words that may stand between a speaker and the
// verb of speech: adverbs of time and manner, auxiliaries and a denial
// ("Lavrov also said", "he has repeatedly said", "Kirby did not
// immediately say", "the US was trying to stress", "Brookings had this
// to say").
var beforeSpeech = map[string]bool{
	"did": true, "not": true, "immediately": true, "also": true, "has": true, "had": true, "have": true, "would": true, "will": true, "later": true,
	"then": true, "once": true, "previously": true, "earlier": true, "repeatedly": true, "again": true, "further": true, "still": true,
	"reportedly": true, "recently": true, "publicly": true, "privately": true, "often": true,
	"was": true, "were": true, "is": true, "are": true, "trying": true, "tried": true, "to": true,
	"this": true,
}

// StandsBeforeSpeech reports whether a lower-case word may stand between
// a speaker and the verb of speech (see beforeSpeech).
func StandsBeforeSpeech(w string) bool { return beforeSpeech[w] }

// isSpeechVerb reports whether w reports speech. "called" counts only as
// "called for/on" (or with a quotation right after).
func isSpeechVerb(ws []word, i int) bool {
	w := ws[i].lower()
	// "as Akhil Amar put it: "…"": the phrase reports speech when the
	// quotation, a comma or a colon follows it.
	if (w == "put" || w == "puts") && i+2 < len(ws) && ws[i+1].lower() == "it" {
		next := ws[i+2]
		return next.q >= 0 || next.text == "," || next.text == ":"
	}
	// "Hillary shot back, "…"", "Rubio fired back:": a retort.
	if backVerbs[w] && ws[i].text == w && i+1 < len(ws) && ws[i+1].lower() == "back" {
		return true
	}
	// "Ramos lamented that the "danger" came …": a verb that mostly
	// takes a thing ("lamented the loss") reports speech before "that"
	// or a quotation.
	if thatVerbs[w] {
		return i+1 < len(ws) && (ws[i+1].lower() == "that" || ws[i+1].q >= 0 || ws[i+1].text == ":" || ws[i+1].text == ",")
	}
	// A verb from the lexicon counts only in lower case: "Trump" is a name.
	if !speechVerbs[w] && !(lexiconSpeechVerbs[w] && ws[i].text == w) {
		return false
	}
	if w == "called" || w == "calls" {
		if i+1 < len(ws) && (ws[i+1].lower() == "for" || ws[i+1].lower() == "on") {
			return true
		}
		// "called the senator a "nasty guy"": a quotation close after.
		for k := i + 1; k < len(ws) && k <= i+5; k++ {
			if ws[k].q >= 0 {
				return true
			}
			if ws[k].punct && ws[k].text != "," {
				break
			}
		}
		return false
	}
	return true
}

// nounAfterPossessive reports a word of speech that a possessive makes a
// noun: "Beijing's claim over the sea", "his claims". A participle after
// "'s" is a verb's ("Ward's said", "he's claimed": has said).
func nounAfterPossessive(prev, w string) bool {
	if possessivePronouns[prev] {
		return true
	}
	owner := trimPossessive(prev)
	if owner == prev || sContractions[owner] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !participles[w]
}

// nounAfterArticle reports a word of speech in its base form that an
// article, or an article and one noun, makes a noun: "the bankruptcy
// question", "a new report says". A plural between them may be its
// subject ("the officials question whether …").
func nounAfterArticle(ws []word, v int) bool {
	w := ws[v].lower()
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || participles[w] || irregularPast[w] || v == 0 {
		return false
	}
	if articles[ws[v-1].lower()] {
		return true
	}
	prev := ws[v-1]
	return v >= 2 && articles[ws[v-2].lower()] && !prev.punct && !prev.capitalized() && prev.q < 0 && !strings.HasSuffix(prev.lower(), "s")
}

// sContractions are the words whose "'s" is "is" or "has": "he's said".
var sContractions = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "there": true, "here": true,
	"who": true, "what": true, "where": true, "let": true, "one": true, "everyone": true,
}

// participles are irregular past participles of speech verbs.
var participles = map[string]bool{
	"said": true, "told": true, "written": true, "spoken": true, "sworn": true, "put": true,
}

// irregularPast are irregular past forms of speech verbs: "the judge
// said" is a verb after a noun.
var irregularPast = map[string]bool{"wrote": true, "taught": true, "spoke": true, "swore": true}

// thatVerbs report speech only before "that", a quotation, a colon or a
// comma (see isSpeechVerb): "lamented that …", not "lamented the loss".
var thatVerbs = map[string]bool{
	"lamented": true, "laments": true, "bemoaned": true, "bemoans": true,
	"touted": true, "touts": true, "mourned": true, "mourns": true,
	"marveled": true, "marvels": true, "marvelled": true,
	"cracked": true, "cracks": true, // "Clinton cracked, ''I'm a progressive …''", not "cracked the code"
}

// backVerbs report a retort with "back" after them: "shot back", "fired
// back", "hit back".
var backVerbs = map[string]bool{
	"shot": true, "shoots": true, "fired": true, "fires": true, "hit": true, "hits": true,
	"snapped": true, "snaps": true, "struck": true, "strikes": true, "lashed": true,
	"pushed": true, "pushes": true, "fought": true, "fights": true,
}

// endOfVerb returns the index of the speech verb that ends a phrase at
// end-1, stepping over the "back" of a retort ("Trump shot back."), or
// end-1.
func endOfVerb(ws []word, end int) int {
	if end >= 2 && ws[end-1].lower() == "back" && backVerbs[ws[end-2].lower()] {
		return end - 2
	}
	return end - 1
}

// pronouns that can stand for a speaker.
var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "", "it": "org", "we": "", "i": "",
}

// titleAbbrevs are titles written with a dot before a name.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "sens": true, "lt": true, "gen": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "adm": true, "cmdr": true, "rev": true, "hon": true, "amb": true,
	"pres": true, "supt": true, "cpl": true, "pvt": true, "messrs": true, "st": true,
}

// titleWords are role words that may stand before a name in a run of
// capitalised words ("Secretary of State John Kerry").
var titleWords = map[string]bool{
	"secretary": true, "state": true, "president": true, "minister": true,
	"foreign": true, "prime": true, "ambassador": true, "envoy": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"department": true, "general": true, "special": true, "deputy": true,
	"chief": true, "senator": true, "sen.": true, "rep.": true, "representative": true,
	"governor": true, "mayor": true, "king": true, "queen": true, "prince": true,
	"sheikh": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "prof.": true, "gen.": true, "col.": true,
	"adviser": true, "advisor": true, "negotiator": true, "commander": true,
	"leader": true, "chairman": true, "chairwoman": true, "director": true,
	"head": true, "official": true, "defense": true, "defence": true,
	"interior": true, "vice": true, "former": true, "acting": true, "top": true,
	"un": true, "u.n.": true, "u.s.": true, "us": true, "uk": true, "eu": true,
	"un-arab": true, "league": true, "arab": true, "national": true, "security": true,
	"of": true, "the": true, "gov.": true, "lt.": true, "rev.": true, "capt.": true,
	"sgt.": true, "maj.": true, "adm.": true, "cmdr.": true, "hon.": true, "amb.": true,
	"pres.": true, "reps.": true, "sens.": true, "gov": true, "rev": true, "lt": true,
	"congressman": true, "congresswoman": true, "lawmaker": true,
	"candidate": true, "nominee": true, "justice": true, "judge": true, "attorney": true,
	"speaker": true, "house": true, "senate": true, "majority": true, "minority": true,
	"whip": true, "leader.": true, "lieutenant": true, "sergeant": true, "captain": true,
	"reverend": true, "pastor": true, "bishop": true, "archbishop": true, "cardinal": true,
	"patriarch": true, "rabbi": true, "imam": true, "ayatollah": true, "cleric": true,
	"republican": true, "democrat": true, "democratic": true, "gop": true, "independent": true,
	"libertarian": true, "presidential": true, "campaign": true, "first": true, "lady": true,
	"chair": true, "chairperson": true, "co-chair": true, "chancellor": true, "premier": true,
	"secretary-general": true, "pope": true, "emir": true, "colonel": true, "admiral": true,
	"marshal": true, "sheriff": true, "commissioner": true, "superintendent": true,
	"inspector": true, "detective": true, "trooper": true, "officer": true, "prosecutor": true,
	"treasurer": true, "comptroller": true, "councilman": true, "councilwoman": true,
	"councilor": true, "councillor": true, "assemblyman": true, "assemblywoman": true,
	"professor": true, "economist": true, "analyst": true, "founder": true, "coach": true,
}

// orgWords mark a run of capitalised words as an organisation.
var orgWords = map[string]bool{
	"department": true, "council": true, "times": true, "group": true,
	"army": true, "press": true, "agency": true, "ministry": true,
	"league": true, "nations": true, "coalition": true, "government": true,
	"news": true, "reuters": true, "afp": true, "ap": true, "al-jazeera": true,
	"nyt": true, "kremlin": true, "house": true, "office": true, "mission": true,
	"committee": true, "commission": true, "union": true, "organization": true,
	"organisation": true, "party": true, "front": true, "forces": true,
	"assembly": true, "parliament": true, "bank": true, "fund": true,
	"post": true, "journal": true, "guardian": true, "institute": true,
	"university": true, "bbc": true, "cnn": true, "tass": true, "ria": true,
	"interfax": true, "xinhua": true, "irna": true, "sana": true, "states": true,
	"nato": true, "pentagon": true, "administration": true, "radio": true,
	"television": true, "tv": true, "network": true, "daily": true, "herald": true,
	"college": true, "school": true, "academy": true, "foundation": true,
	"corporation": true, "company": true, "hospital": true, "museum": true,
	"association": true, "society": true, "federation": true, "bureau": true,
	"center": true, "centre": true, "clinic": true, "church": true, "authority": true,
	"board": true, "service": true, "convention": true, "conference": true, "summit": true, "guard": true,
}

// nameParticles join the parts of a name ("Staffan de Mistura", "Abu Zaid").
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "bin": true,
	"ibn": true, "al": true, "el": true, "abu": true, "abd": true, "ben": true,
	"bint": true, "dos": true, "du": true, "ter": true,
}

// demonyms are nationality and affiliation adjectives that stand before
// names in news ("Russian Foreign Minister Sergei Lavrov").
var demonyms = map[string]bool{
	"american": true, "russian": true, "syrian": true, "iranian": true, "turkish": true,
	"british": true, "french": true, "german": true, "chinese": true, "israeli": true,
	"iraqi": true, "saudi": true, "egyptian": true, "jordanian": true, "lebanese": true,
	"kurdish": true, "qatari": true, "emirati": true, "afghan": true, "pakistani": true,
	"indian": true, "japanese": true, "korean": true, "ukrainian": true, "italian": true,
	"spanish": true, "dutch": true, "belgian": true, "swiss": true, "swedish": true,
	"norwegian": true, "danish": true, "polish": true, "canadian": true, "mexican": true,
	"australian": true, "european": true, "african": true, "arab": true, "palestinian": true,
	"yemeni": true, "libyan": true, "tunisian": true, "algerian": true, "moroccan": true,
	"sudanese": true, "kazakh": true, "uzbek": true, "belarusian": true, "greek": true,
	"kuwaiti": true, "bahraini": true, "omani": true, "western": true, "international": true,
	"islamic": true, "sunni": true, "shiite": true, "alawite": true, "opposition": true,
}

// IsOrgNoun reports a word that names a kind of organisation or body
// ("firm", "company", "university"), not a person.
func IsOrgNoun(w string) bool {
	lw := strings.ToLower(w)
	return orgNouns[lw] || orgWords[lw]
}

// IsRole reports a word that names a person by role ("lawyer", "envoy",
// "senator"): "the lawyer" in a sentence stands for a person named before.
func IsRole(w string) bool {
	lw := strings.ToLower(w)
	return roleNouns[lw] || titleWords[lw] && !orgNouns[lw] && lw != "the" && lw != "of"
}

// IsOffice reports a noun of a job or role someone holds ("strategist",
// "CEO", "governor"), not a word that only qualifies one ("senior",
// "deputy") or a courtesy title ("Mr.").
func IsOffice(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	return roleNouns[lw] && !commonRoleAdjective(lw) || chiefOfficers[lw]
}

// chiefOfficers are a company's officers as news abbreviates them.
var chiefOfficers = map[string]bool{"ceo": true, "cfo": true, "coo": true, "cto": true}

// IsNameParticle reports words that join the parts of a name: "de" in
// Staffan de Mistura, "al" in Hafez al Assad.
func IsNameParticle(w string) bool { return nameParticles[strings.ToLower(w)] }

// isNationality reports words like "Russian", "Syrian", "Turkish", "Iraqi".
func isNationality(w string) bool { return demonyms[strings.ToLower(w)] }

// commonCapitalized are capitalised words that open sentences or name days
// and months; they never start a name.
var commonCapitalized = map[string]bool{
	"despite": true, "but": true, "and": true, "the": true, "a": true, "an": true,
	"in": true, "on": true, "at": true, "after": true, "before": true, "as": true,
	"while": true, "when": true, "if": true, "however": true, "meanwhile": true,
	"this": true, "that": true, "these": true, "those": true, "there": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "for": true,
	"we": true, "i": true, "he": true, "she": true, "they": true, "it": true,
	"his": true, "her": true, "their": true, "its": true, "our": true,
	"so-called": true, "also": true, "some": true,
	"several": true, "many": true, "other": true, "organizers": true,
	"sponsors": true, "further": true,
	// openers that start sentences, never names ("Last month, …")
	"last": true, "next": true, "so": true, "earlier": true, "later": true,
	"then": true, "instead": true, "indeed": true, "still": true, "yet": true, "even": true,
	"sure": true, "following": true,
	// conjunctions and prepositions that open a sentence ("Though
	// Delaware has …", "Regarding Trump, …"), never a name's first word
	"though": true, "although": true, "because": true, "since": true,
	"unless": true, "until": true, "whether": true, "once": true,
	"whereas": true, "regarding": true, "concerning": true, "amid": true,
	"among": true, "during": true, "with": true, "without": true,
	"within": true, "from": true, "by": true, "to": true, "unlike": true,
	"both": true, "each": true, "every": true, "all": true, "no": true,
	"not": true, "only": true, "perhaps": true, "thus": true, "nor": true, "neither": true, "either": true,
	"or": true, "where": true, "why": true, "how": true, "what": true,
	"which": true, "according": true, "including": true,
}

// numberWords count: a sentence opening with one ("Eight years ago, he
// …") opens with no name.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true,
	"hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"million": true, "millions": true, "dozen": true, "dozens": true,
}

// commonWord reports a word, folded, that is capitalised only where it
// opens a sentence: never part of a name.
func commonWord(lw string) bool { return commonCapitalized[lw] || numberWords[lw] }

// adverbEndings are endings only adverbs have ("Hastily", "Domestically",
// "Reportedly"); names with "-ly" end otherwise ("Kelly", "Beverly",
// "Foley", "Emily").
var adverbEndings = []string{
	"ically", "ously", "ively", "ently", "antly", "edly", "ately", "fully",
	"ingly", "ably", "ibly", "ctly", "arly", "sely", "erely", "irely", "urely",
	"etely", "utely", "itely", "emely", "ssly", "stly", "ortly",
}

// adverbForm reports a capitalised word that is an adverb by its form, so
// opens a sentence ("Hastily politicizing the tragedy, Trump …") and names
// no one. A short word ("Sally", "Early") or one with a capital inside
// ("McNally") is left alone.
func adverbForm(w word) bool {
	lw := w.lower()
	if len(lw) < 7 || strings.ToLower(w.text[1:]) != w.text[1:] {
		return false
	}
	if strings.HasSuffix(lw, "ily") || strings.HasSuffix(lw, "ally") {
		return true
	}
	for _, e := range adverbEndings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// titleAbbreviations are the titles news abbreviates before a name, with
// the role word each writes in full elsewhere.
var titleAbbreviations = map[string]string{
	"gov": "governor", "sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
	"gen": "general", "col": "colonel", "lt": "lieutenant", "capt": "captain", "sgt": "sergeant",
	"maj": "major", "adm": "admiral", "cmdr": "commander", "amb": "ambassador", "pres": "president",
	"prof": "professor", "dr": "doctor", "rev": "reverend", "supt": "superintendent", "atty": "attorney",
}

// TitleInFull returns the role word a title abbreviated before a name
// writes in full ("gov" is "governor"), or "" for a word that is none.
// It reads the abbreviation in lower case, without its full stop.
func TitleInFull(abbr string) string { return titleAbbreviations[abbr] }

// TitleAbbreviations returns the abbreviations of a role word written in
// full, in lower case without their full stops: "sen" and "sens" for
// "senator".
func TitleAbbreviations(full string) []string {
	var out []string
	for a, f := range titleAbbreviations {
		if f == full {
			out = append(out, a)
		}
	}
	slices.Sort(out)
	return out
}
