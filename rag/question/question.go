// Package question understands a question as people type it in a chat:
// it takes off what chat adds (mentions, greetings, thanks, emoji), tells
// what kind of answer is asked for (a person, a date, a place, a number),
// and picks out the words that carry the topic and the constraints an
// answer must meet (a year, a number, a name, a negation). Retrieval, the
// extractive answer, who-said routing and the LLM path all start from it.
package question

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Kind is what a question asks for.
type Kind int

// Kinds of question.
const (
	What    Kind = iota // a fact or a description
	Who                 // a person or a group
	When                // a date or a time
	Where               // a place
	HowMany             // a number or an amount
	HowLong             // a duration
	Which               // names of a kind: "which countries"
	Why                 // a reason
)

var kindNames = [...]string{"what", "who", "when", "where", "how many", "how long", "which", "why"}

// String names the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Word is one content word of a question.
type Word struct {
	// Term is the index term (stemmed; see package term).
	Term string
	// Surface is the word as written.
	Surface string
	// Name reports a name: capitalised not at the start, or in capitals.
	Name bool
}

// FormerTimes is a regular expression's alternation of the words that,
// after a naming word, ask for a former name: "what was it called
// before?", "… named at first?".
const FormerTimes = `before|originally|at\s+first|first|earlier|previously|formerly|once`

// Question is an analysed question.
type Question struct {
	// Raw is what was typed.
	Raw string
	// Text is the question with chat additions taken off (see Normalize).
	Text string
	// Kind is what the question asks for.
	Kind Kind
	// TypeNoun is the noun that names the kind of answer, when the question
	// gives one ("country" in "which country hosted the talks?").
	TypeNoun string
	// Modifier is the word before the type noun in a phrase of two
	// ("montana" of "which montana senator is …", "news" of "which news
	// agency …"), read as part of the kind asked: the matcher makes it a
	// word of the topic when the articles write it as a name.
	Modifier Word
	// Defines is the phrase a question asks to define ("the ISSG" in
	// "What is the ISSG?"), or the person it asks about ("Kirby" in "who
	// is Kirby?"), or "".
	Defines string
	// Meaning reports a question that asks what a word means ("what does
	// brujas mean?"); Defines is the word.
	Meaning bool
	// About reports a question that asks about a topic as a whole: "tell
	// me about Kerry", "what about the ISSG?". Defines is the topic.
	About bool
	// Sayer is whom the question asks what they said, as typed ("Obama"
	// in "what did Obama say about Syria?", "the times"), or "".
	Sayer string
	// Opinion reports a Sayer read from a question about what one thinks
	// ("what does Kerry think of Lavrov?", "what is kerrys opinion of
	// lavrov"): a person's opinion is what they said, a country's may be
	// what it does.
	Opinion bool
	// Words are the distinct content words, in order; the words that only
	// say what kind of answer is wanted ("who", "what year") are left out.
	Words []Word
	// Years and Numbers are the years and other numbers the question
	// names; an answer must be about them.
	Years, Numbers []string
	// Decades are the first years of the decades the question names
	// ("the 1960s"); an answer must be about one of them.
	Decades []int
	// Centuries are the centuries the question names ("the 10th
	// century", "the 1100s"); an answer must be about one of them.
	Centuries []int
	// Negated is true when the question asks about something not done
	// ("which country did not …").
	Negated bool
	// Background is true when a question asks for a person's past, not
	// only their job ("what is Krol's background?"): news gives it in the
	// sentences after the one that introduces them.
	Background bool
	// Sequence holds where words that pin an event down in a sequence
	// ("first", "finally", "now") place it: "start", "end", "before" or
	// "now" (SequencePlace). An answer must be about that one, not another.
	Sequence []string
	// Latest is true when the question asks for the newest news ("what's
	// the latest on the talks?"): the answer comes from the newest article
	// that answers it.
	Latest bool
	// Rate is true when a how-many question asks how often ("how often
	// is a Syrian killed?"): a rate answers it.
	Rate bool
	// Published is true when a question asks when an article came out
	// ("when was the Kerry article published?", "what date is the Astana
	// story from?"): the article's date answers it.
	Published bool
	// Fact is what the question asks of an article itself (who it is
	// credited to, its headline), or NoArticleFact: the article that
	// best meets its other words answers it.
	Fact ArticleFact
	// YesNo is true for a question answered yes or no ("did Kerry win the
	// argument?"): a sentence that says the contrary answers it too.
	YesNo bool
	// SaidWhether is true for a yes-no question on whether one said a
	// time, place or person ("did Kirby say when the next meeting is?"):
	// when no sentence gives one, what they said of it answers.
	SaidWhether bool
	// Purpose is true when a what-question asks what something is for
	// ("what's the point of the talks?", "what are the sponsors trying to
	// achieve?", "what do the rebels want?"): an aim answers it.
	Purpose bool
	// Period is the span of publication dates the question asks about
	// ("in January 2017", "this week"); empty when it names none.
	Period Period
	// Summary is true when the question asks for a summary ("tldr of the
	// Kerry story", "summarize the Astana talks"): the article that best
	// meets its other words, in short.
	Summary bool
	// Overview is true when the question asks what the articles are, not
	// what they say ("what are the articles about?", "what do you know?").
	Overview bool
	// Quoted is true when the question asks whom the articles quote ("who
	// is quoted in the articles?", "list the speakers").
	Quoted bool
	// Head is, for a question typed as a few keywords ("astana sponsors",
	// "sponsors of the astana talks"), the term of the word it asks
	// about: the last before "of", else the last; "" for a question in
	// words.
	Head string
}

// Terms returns the index terms of the question's words.
func (q Question) Terms() []string {
	out := make([]string, len(q.Words))
	for i, w := range q.Words {
		out[i] = w.Term
	}
	return out
}

// Names returns the words that are names.
func (q Question) Names() []Word {
	var out []Word
	for _, w := range q.Words {
		if w.Name {
			out = append(out, w)
		}
	}
	return out
}

// Empty reports whether nothing in the question carries a topic.
func (q Question) Empty() bool { return len(q.Words) == 0 }

// typePhrases open questions of each kind; their words say what kind of
// answer is wanted and are not topic words. Longer phrases come first.
var typePhrases = []struct {
	phrase string
	kind   Kind
}{
	{"what is the name of", Who}, {"what was the name of", Who}, {"what are the names of", Who},
	{"how many", HowMany}, {"how much", HowMany}, {"how long", HowLong}, {"how old", HowMany},
	{"how far", HowMany}, {"how often", HowMany}, {"how frequently", HowMany}, {"how big", HowMany}, {"how large", HowMany}, {"what percentage", HowMany}, {"what percent", HowMany},
	{"what number", HowMany}, {"what amount", HowMany},
	{"what year", When}, {"which year", When}, {"what date", When}, {"what day", When},
	{"what time", When}, {"what month", When}, {"which month", When}, {"what century", When},
	{"which century", When}, {"what decade", When}, {"what period", When}, {"since when", When},
	{"in what country", Where}, {"in which country", Where}, {"what country", Where},
	{"which country", Where}, {"what city", Where}, {"which city", Where},
	{"what place", Where}, {"what region", Where}, {"which region", Where},
	{"what location", Where}, {"what state", Where}, {"which state", Where},
	{"who", Who}, {"whom", Who}, {"whose", Who},
	{"when", When}, {"where", Where}, {"why", Why},
	{"which", Which}, {"what", What}, {"how", What},
}

// kindWords ask, before "of", what kind of thing something is: "what
// kind of groups", "which types of weapons".
var kindWords = map[string]bool{"kind": true, "kinds": true, "type": true, "types": true, "sort": true, "sorts": true}

// typeNouns are nouns after "what"/"which" that name a kind of answer.
var typeNouns = map[string]Kind{
	"year": When, "date": When, "day": When, "time": When, "month": When, "century": When,
	"decade": When, "period": When, "era": When,
	"country": Where, "city": Where, "place": Where, "region": Where, "location": Where,
	"state": Where, "town": Where, "province": Where, "nation": Where,
	"percentage": HowMany, "percent": HowMany, "number": HowMany, "amount": HowMany,
	"share": HowMany, "proportion": HowMany, "fraction": HowMany,
}

// namedKinds are nouns of things known by a name: "what network did
// Rubio talk to?" asks a name (Fox News), as "which network" does.
var namedKinds = map[string]bool{
	"network": true, "channel": true, "station": true, "newspaper": true, "paper": true, "magazine": true,
	"company": true, "firm": true, "team": true, "party": true, "airline": true, "bank": true,
	"university": true, "college": true, "agency": true, "organization": true, "organisation": true,
	"club": true, "outlet": true, "publication": true, "show": true, "book": true, "film": true,
	"movie": true, "brand": true, "website": true, "app": true, "church": true, "hospital": true,
	"league": true, "publisher": true, "airport": true, "hotel": true, "restaurant": true, "union": true,
}

// jobNouns ask for a role someone holds: "what job", "which post".
var jobNouns = map[string]bool{"job": true, "post": true, "role": true, "title": true}

// doVerbs are the auxiliaries that open a question's verb ("what did …",
// "what will …").
var doVerbs = map[string]bool{
	"do": true, "does": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "has": true, "have": true, "had": true,
}

// sequenceWords place an event in a sequence of like events, at its
// start, its end, before another, or now (what holds as the article
// writes, not what finally happened): "final" and "last" place it alike.
var sequenceWords = map[string]string{
	"first": "start", "firstly": "start", "initially": "start", "initial": "start",
	"originally": "start", "original": "start", "earliest": "start",
	"last": "end", "lastly": "end", "final": "end", "finally": "end", "eventually": "end",
	"latest": "end", "ultimately": "end",
	"now": "now", "currently": "now",
	"previous": "before", "previously": "before",
	"next": "after", "subsequent": "after", "further": "after",
}

// SequenceKin returns the other words that place an event after or
// before another where the word at toks[i] does ("later" and
// "subsequent" for "next"), none for any other word.
func SequenceKin(toks []term.Token, i int) []string {
	var out []string
	for _, w := range sequenceKin[SequencePlace(toks, i)] {
		if !strings.EqualFold(w, toks[i].Surface) {
			out = append(out, w)
		}
	}
	return out
}

// sequenceKin are the words that place an event after or before another,
// by that place: "later" too, which sentences write of so much else
// ("died a few days later") that it places no question's event itself.
// "First" has none: it is too often "originally", or "the first time".
var sequenceKin = map[string][]string{
	"after":  {"further", "later", "next", "subsequent"},
	"before": {"earlier", "previous", "previously", "prior"},
}

// SequencePlace returns where toks[i] places an event in a sequence,
// "start", "end", "before" or "now", or "" for a word that places none. "last"
// before a span of time ("last month", "last Friday") places it by a
// date: "date", no place in a sequence, and another place than any.
func SequencePlace(toks []term.Token, i int) string {
	place := sequenceWords[strings.ToLower(toks[i].Surface)]
	if place != "" && i+1 < len(toks) && timeSpans[strings.ToLower(term.WithoutPossessive(toks[i+1].Surface))] {
		return DatePlace // "last month", "at last month's Congressional Ball"
	}
	if place != "" && i+2 < len(toks) && strings.EqualFold(toks[i+1].Surface, "time") && (strings.EqualFold(toks[i+2].Surface, "since") || strings.EqualFold(toks[i+2].Surface, "in")) {
		return "" // "the first time since mid-February" compares, and places nothing
	}
	if place == "start" {
		// "the first move in that direction since June of 2006", "the
		// first rate hike since 2006": the one after the last before.
		for j := i + 1; j < len(toks) && j <= i+maxFirstSince; j++ {
			if strings.EqualFold(toks[j].Surface, "since") {
				return ""
			}
		}
	}
	return place
}

// maxFirstSince bounds the words between "first" and a "since" that
// makes it compare with the last before: "the first truly contested
// party primary in the county since 1988" has six.
const maxFirstSince = 8

// DatePlace is the place of an event dated by "last month".
const DatePlace = "date"

// timeSpans are the spans of time "last" dates by: "last week".
var timeSpans = map[string]bool{
	"night": true, "day": true, "week": true, "weekend": true, "month": true, "year": true, "decade": true,
	"century": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

var (
	// overviewRe asks about the articles themselves.
	overviewRe = regexp.MustCompile(`(?i)^\W*(?:(?:what|which)\s+(?:are|is|were)\s+(?:the|your|these|those|all the)\s+(?:articles|stories|sources|documents|reports)(?:\s+(?:about|on|you have|in there))?|what\s+(?:articles|stories|sources|documents|reports|topics)\s+(?:do|can)\s+you\s+(?:have|know|cover)(?:\s+about)?|what\s+(?:do|can)\s+you\s+(?:know|cover|tell me)(?:\s+about)?|what\s+(?:topics|subjects)\s+(?:are|do)\s+(?:covered|there|you\s+cover))\W*$`)
	// overviewMoreRe asks about the articles in other words: for an
	// overview, how many there are, what they cover.
	overviewMoreRe = regexp.MustCompile(`(?i)^\W*(?:(?:(?:give|show)\s+me\s+|can\s+i\s+(?:get|have)\s+|i\s+want\s+)?(?:an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:overview|rundown|run-down)(?:\s+of\s+(?:the|these|all\s+the|your)\s+(?:articles|stories|news|sources|documents))?|how\s+many\s+(?:articles|stories|sources|documents|reports)\s+(?:do\s+you\s+have|are\s+there|have\s+you\s+got|(?:do\s+)?you\s+got)(?:\s+in\s+there)?|what\s+(?:do|does)\s+(?:the|these|your)\s+(?:articles|stories|sources|documents)\s+(?:cover|talk\s+about|discuss)|what(?:['’]s|\s+is)\s+in\s+(?:the|these|your)\s+(?:articles|stories|sources|documents))\W*$`)
	// overviewDatedRe asks when the articles are from: an overview gives
	// each one's date.
	overviewDatedRe = regexp.MustCompile(`(?i)^\W*(?:(?:when|what\s+dates?)\s+(?:were|are|was|is)\s+(?:the|these|those|your|all\s+the)\s+(?:articles|stories|sources|documents|reports|news)\s+(?:from|published|written|dated|posted|out|put\s+out)|how\s+(?:old|recent|new|fresh|up[\s-]to[\s-]date|current)\s+(?:are|is)\s+(?:the|these|those|your|all\s+the)\s+(?:articles|stories|sources|documents|reports|news))\W*$`)
	// quotedRe asks whom the articles quote.
	quotedRe = regexp.MustCompile(`(?i)^\W*(?:(?:who|which\s+(?:people|persons|officials|speakers|sources))\s+(?:is|are|was|were|gets?|got)\s+(?:quoted|cited|interviewed|speaking)|who\s+(?:speaks|talks|spoke)|which\s+(?:speakers|(?:people|persons|officials)\s+quoted)|(?:list|show|name)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:people|speakers|persons|officials)(?:\s+(?:quoted|cited|who\s+(?:speak|spoke|are\s+quoted)))?|who\s+are\s+(?:the\s+)?(?:speakers|people\s+quoted|(?:main|key)\s+(?:people|players|figures|speakers))|whom?\s+do\s+(?:the|these|your)\s+(?:articles|stories)\s+(?:quote|cite))(?:\s+(?:in|by)\s+(?:the|these|your)\s+(?:articles|stories|news|sources|documents|reports))?(?:\s+(?:the\s+)?most)?\W*$`)
	tallyRe  = regexp.MustCompile(`\b(toll|tally)\b`)
	// timeSpanRe asks for a span of time.
	timeSpanRe = regexp.MustCompile(`\b(?:(?:amount|length|period|span)\s+of\s+time|how\s+much\s+time)\b`)
	// stanceRe asks what someone thinks of something: the verb, or the
	// noun of a stance ("what is Russia's position on Assad?"), asks for
	// what they said or did, and is no topic word ("what does the SNC
	// think about the coalition?" is answered by what the SNC said of it).
	stanceRe = regexp.MustCompile(`(?i)\b(?:what|how)\s+(?:do|does|did|would)\s+.+?\s+(think|thinks)\s+(?:about|of|on)\b|\b(?:what|how)(?:\s+is|\s+are|\s+was|\s+were|['’]s)?\s+.+?(?:['’]s?)?\s+(position|stance|view|views|opinion|take|line)\s+(?:about|of|on|towards?|regarding)\b`)
	// roleRe asks what someone's job is: "what is Kirby's job?", "whats
	// kirbys role" (Normalize has written out "whats"), or their past:
	// "what is Krol's background?".
	roleRe = regexp.MustCompile(`(?i)^what\s+(?:is|was)\s+(.+?)(?:['’]s|s['’]?)\s+(job|role|position|title|post|occupation|background|career|bio|experience|resume|history)\s*[?.!]*$`)
	// livingRe asks a person's job in other words: "what does Pate do
	// for a living?". A bare "what does Turkey do?" asks what it does.
	livingRe = regexp.MustCompile(`(?i)^what\s+(?:does|did|do)\s+(.+?)\s+do\s+(?:for\s+(?:a\s+living|work|a\s+job)|professionally)\s*[?.!]*$`)
	// jobRe asks a person's job by its noun first: "what job does Perez
	// have?", "what position did Kirby hold?".
	jobRe = regexp.MustCompile(`(?i)^what\s+(?:job|position|role|post|title|office)\s+(?:does|did|do)\s+(.+?)\s+(?:have|hold|had|held)\s*[?.!]*$`)
	// workForRe asks whom a person works for: "who does Psaki work for?",
	// "who is Kirby working for?".
	workForRe = regexp.MustCompile(`(?i)^(?:who|whom)\s+(?:does|did|do|is|was)\s+(.+?)\s+(?:work|working)\s+for\s*[?.!]*$`)
	// pastRe asks what a person did before: "what has Krol done
	// before?", "where did she work previously?", "what did Cruz do
	// before the Senate?". News gives a person's
	// past where it introduces them, as it gives their job.
	pastRe = regexp.MustCompile(`(?i)^(?:what|where)\s+(?:has|had|did)\s+(.+?)\s+(?:done|do|work|worked|serve|served)\s+(?:before(?:\s+[\w'’-]+){0,4}|previously|earlier|in\s+the\s+past)(?:\s+(?:that|this|then|now))?\s*[?.!]*$`)
	// backgroundNouns are the nouns of roleRe that ask for a person's
	// past as well as their job.
	backgroundNouns = map[string]bool{"background": true, "career": true, "bio": true, "experience": true, "resume": true, "history": true}
	// purposeRe asks what something is for ("the role of the UN in the
	// talks" too): its words say what kind of answer is wanted, and are
	// no topic words.
	purposeRe = regexp.MustCompile(`(?i)\b(?:(?:point|purpose|aims?|goals?|objectives?|roles?)\s+(?:of|for|behind)|(?:purpose|aims?|goals?|objectives?)\s*[?.!]*$|(?:trying|hoping|meant|supposed|designed|intended|seeking|looking|aiming)\s+to\s+(?:achieve|accomplish|do|get|reach)|wants?\s*[?.!]*$|wants?\s+(?:out\s+of|from)\b|\bfor\s*[?.!]*$)`)
	// publishedRe asks when an article came out ("was published", "came
	// out", "ran"); its words are no topic.
	// ("report" is left out: "when did the Times report the strike?"
	// asks about the strike).
	publishedRe = regexp.MustCompile(`(?i)\b(?:article|story|stories|piece)s?\b.*\b(?:published|posted|written|dated|released|from|(?:come|came)\s+out|(?:go|goes|went)\s+up|run|ran|appear|appeared)\b`)
	// yesNoRe opens a question answered yes or no.
	yesNoRe = regexp.MustCompile(`(?i)^\W*(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might)\b`)
	// mentionedRe closes a question with words about the articles, not
	// its topic: "which senator is mentioned (in the article)?".
	mentionedRe = regexp.MustCompile(`(?i)\b(?:(?:is|are|was|were|gets?|got)\s+(?:mentioned|referenced|brought\s+up|talked\s+about)(?:\s+(?:in|by)\s+(?:the|this|that|these|those)\s+(?:article|articles|story|stories|piece|text|news))?|in\s+(?:the|this|that|these|those)\s+(?:article|articles|story|stories|piece))\W*$`)
	// untilNowRe means "until now".
	untilNowRe = regexp.MustCompile(`\b(?:so far|thus far|to date|until now|till now|up to now|as of now|as of yet)\b`)
	// deedsRe asks what someone has done: "what has he done?"; or when,
	// where or how a thing was done, the verb of any event: "when was
	// the poll done?" asks when it was conducted.
	deedsRe = regexp.MustCompile(`^\W*what\b.*\bdone\b|^\W*(?:when|where|how)\b.*\bdone\W*$`)
	// formerNameRe asks what something was called before: "what was it
	// called originally?", "what was it first named?".
	formerNameRe = regexp.MustCompile(`^\W*what\b.*?(?:\b(originally|first|earlier|previously|formerly|once)\s+)?\b(?:called|named|known\s+as)(?:\s+(` + FormerTimes + `))?\W*$`)
	// listRequestRe asks for a list of a plural noun's things.
	listRequestRe = regexp.MustCompile(`(?i)^(?:list|name)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(\p{L}+s)\b`)
	// summaryRe asks for a summary.
	summaryRe = regexp.MustCompile(`(?i)\b(?:tl;?dr|summari[sz]e|summary|sum (?:it )?up|recap|gist|rundown|brief me|(?:key|main) (?:points|takeaways)|takeaways|highlights|synopsis|short version|in a nutshell)\b`)
	latestRe  = regexp.MustCompile(`(?i)\b(latest|newest|most recent(ly)?|recently|lately|these days|this week|right now|currently|up to date|any news|any updates?|anything new|what(?:'|’)?s new|what is new|what(?:'|’)?s (?:been )?(?:happening|going on)|what is (?:happening|going on))\b`)
	yearRe    = regexp.MustCompile(`\b(1[0-9]\d\d|20\d\d)s?\b`)
	numberRe  = regexp.MustCompile(`\b\d[\d,.]*\b`)
	negRe     = regexp.MustCompile(`(?i)\b(not|never|no|non|none|neither|nobody|nothing|cannot|without|refused|declined|rejected|failed)\b|n['’]t\b`)
)

// definitionRe asks what something is: "what is the ISSG?", "what was
// Geneva II".
// aboutRe is a question about a topic as a whole: "about Kerry" (what is
// left of "tell me about Kerry"), "what about the ISSG?".
var aboutRe = regexp.MustCompile(`(?i)^\W*(?:what\s+)?about\s+(?:the\s+|an?\s+)?([^?]+?)\W*$`)

// meaningRe asks what a word means: "what does brujas mean?", "what
// does ISSG stand for?", "what is the meaning of Brujas?".
var meaningRe = regexp.MustCompile(`(?i)^\W*what\s+(?:(?:does|do|did)\s+(?:the\s+(?:word|name|term)\s+)?["“'‘]?([^?"”]+?)["”'’]?\s+(?:mean|stand\s+for)|(?:is|was|'s|’s)\s+the\s+meaning\s+of\s+(?:the\s+(?:word|name|term)\s+)?["“'‘]?([^?"”]+?)["”'’]?)\W*$`)

var definitionRe = regexp.MustCompile(`(?i)^\W*what(?:\s+|'s\s+|’s\s+)(?:(?:is|was|are|were)\s+)?(?:the\s+|an?\s+)?([^?]+?)\W*$`)

// definedPhrase returns what a question asks to define: up to four words,
// with no small word that would make it a question about something else
// ("what is France a region of?", "what is the capital of France?") and
// no verb; and whether the question asks what it means.
func definedPhrase(text string) (phrase string, meaning bool) {
	if m := meaningRe.FindStringSubmatch(text); m != nil {
		if w := m[1] + m[2]; shortName(w, true) {
			return w, true // "what does brujas mean?"
		}
	}
	m := definitionRe.FindStringSubmatch(text)
	if m == nil || !definitionVerb(text) || !shortName(m[1], true) {
		return "", false
	}
	return m[1], false
}

// shortName reports whether a phrase can be what a question asks about:
// one to four words, none a stop word ("the capital of France" asks for a
// name, not a definition) and none a verb in lower case ("what was the
// base called?", "who is attending?"). With ingLast, a last word in -ing
// is a thing ("packet switching"); capitalised words are names
// ("United").
func shortName(phrase string, ingLast bool) bool {
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		l := strings.ToLower(w)
		if term.IsStop(l) {
			return false
		}
		if w == l && (len(l) > 3 && strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") && (!ingLast || i < len(words)-1)) { // "ed" and "ted" may be names
			return false
		}
	}
	return true
}

// whoIsRe asks who someone is: "who is John Kirby?", "who's kirby".
var whoIsRe = regexp.MustCompile(`(?i)^\W*who(?:'s|’s|\s+(?:is|was))\s+([^?]+?)\W*$`)

// definedPerson returns the name a question asks who they are ("John
// Kirby" in "who is John Kirby?"), or "": up to four words, none a stop
// word or a verb ("who is attending?", "who is in charge?").
func definedPerson(text string) string {
	m := whoIsRe.FindStringSubmatch(text)
	if m == nil || !shortName(m[1], false) {
		return ""
	}
	return m[1]
}

// definitionVerb reports a question opening "what is", "what was",
// "what's" and the like, the opening of a request for a definition.
func definitionVerb(text string) bool {
	fs := strings.Fields(strings.ToLower(text))
	if len(fs) < 2 {
		return false
	}
	switch {
	case fs[0] == "what's" || fs[0] == "what’s":
		return true
	case fs[0] == "what":
		switch fs[1] {
		case "is", "was", "are", "were":
			return true
		}
	}
	return false
}

// addMatchWords adds the words of re's matches in text, in lower case,
// to set.
func addMatchWords(set map[string]bool, re *regexp.Regexp, text string) {
	for _, m := range re.FindAllString(text, -1) {
		for _, w := range strings.Fields(strings.ToLower(m)) {
			set[strings.TrimRightFunc(w, unicode.IsPunct)] = true
		}
	}
}

// Parse analyses a question as typed.
func Parse(raw string) Question {
	text := Normalize(raw)
	// "list the countries sponsoring Astana", "name all the groups": a
	// request for a list asks what "which countries …" asks.
	if m := listRequestRe.FindStringSubmatchIndex(text); m != nil {
		if noun := text[m[2]:m[3]]; !strings.HasSuffix(strings.ToLower(noun), "ss") {
			text = "Which " + text[m[2]:]
		}
	}
	q := Question{Raw: raw, Text: text, Kind: What}
	lower := strings.ToLower(text)
	typeWords := map[string]bool{}
	// The phrase that comes first asks: "how did the envoy react when the
	// strike began?" asks how, not when. Of two at one place, the longer.
	first, at := -1, 60
	for k, tp := range typePhrases {
		if i := indexWord(lower, tp.phrase); i >= 0 && i < at {
			first, at = k, i
		}
	}
	if first >= 0 {
		tp := typePhrases[first]
		q.Kind = tp.kind
		for _, w := range strings.Fields(tp.phrase) {
			if w != "in" && w != "how" {
				typeWords[w] = true
			}
			if _, ok := typeNouns[w]; ok {
				q.TypeNoun = w
			}
		}
	}
	// "what is Kirby's job?" asks who Kirby is: news gives a person's
	// job where it introduces them.
	roleOf := ""
	if m := roleRe.FindStringSubmatch(text); m != nil && shortName(m[1], false) {
		q.Kind, roleOf = Who, m[1]
		typeWords[strings.ToLower(m[2])] = true
		q.Background = backgroundNouns[strings.ToLower(m[2])]
	} else if m := pastRe.FindStringSubmatch(text); m != nil && shortName(m[1], false) {
		q.Kind, roleOf, q.Background = Who, m[1], true
		if _, frame, ok := strings.Cut(strings.ToLower(text), " before "); ok {
			// "before the Senate" only dates the past asked of: the
			// sentence that gives it need not name the Senate.
			for _, w := range strings.FieldsFunc(frame, func(r rune) bool { return !unicode.IsLetter(r) }) {
				typeWords[w] = true
			}
		}
	} else if m := jobRe.FindStringSubmatch(text); m != nil && shortName(m[1], false) {
		q.Kind, roleOf = Who, m[1]
		for _, w := range []string{"job", "position", "role", "post", "title", "office", "have", "hold", "had", "held"} {
			typeWords[w] = true
		}
	} else if m := livingRe.FindStringSubmatch(text); m != nil && shortName(m[1], false) {
		// "what does Pate do for a living?" asks his job: "Luther Stan
		// Pate IV—a Tuscaloosa real estate tycoon".
		q.Kind, roleOf = Who, m[1]
		for _, w := range []string{"do", "for", "a", "living", "work", "job", "professionally"} {
			typeWords[w] = true
		}
	} else if m := workForRe.FindStringSubmatch(text); m != nil && shortName(m[1], false) {
		// "who does Psaki work for?" asks her job, which names her
		// employer: "State Department spokeswoman Jen Psaki".
		q.Kind, roleOf = Who, m[1]
		typeWords["work"], typeWords["works"], typeWords["working"] = true, true, true
	}
	// "what's the death toll?", "what is the final tally?": a toll or a
	// tally is a number.
	if q.Kind == What {
		if m := tallyRe.FindString(lower); m != "" {
			q.Kind = HowMany
			typeWords[m] = true
		}
	}
	// "what is the minimum amount of time …", "how much time …": a span
	// of time asks how long.
	if q.Kind == What || q.Kind == HowMany {
		if timeSpanRe.MatchString(lower) {
			q.Kind, q.TypeNoun = HowLong, ""
			addMatchWords(typeWords, timeSpanRe, lower)
		}
	}
	toks := term.Tokenize(text)
	// "what countries", "which groups": a plural noun asks for names; a
	// type noun ("what year") asks for its kind.
	if (q.Kind == What || q.Kind == Which || q.Kind == Where && q.TypeNoun != "") && len(toks) > 1 {
		for i := 0; i+1 < len(toks); i++ {
			w := strings.ToLower(toks[i].Surface)
			if w != "what" && w != "which" {
				continue
			}
			j := i + 1
			if j+2 < len(toks) && kindWords[strings.ToLower(toks[j].Surface)] && strings.EqualFold(toks[j+1].Surface, "of") {
				// "what kind of groups were there?" asks what they are
				// like: "kind" is no topic, and the answer need not name
				// them.
				typeWords[strings.ToLower(toks[j].Surface)] = true
				q.Kind = What
				break
			}
			for j+1 < len(toks) && isCount(toks[j].Surface) {
				if smallCount(toks[j].Surface) {
					// "which 2 countries" counts the names asked for:
					// a sentence that names them need not count them.
					typeWords[strings.ToLower(toks[j].Surface)] = true
				}
				j++ // "which three countries"
			}
			// A type noun may follow an adjective or two: "what southern city".
			// A verb of doing ends the search: in "what did the times say"
			// the noun is the verb's subject, not the kind of answer.
			found := false
			for k := j; k < min(j+3, len(toks)); k++ {
				w := strings.ToLower(toks[k].Surface)
				if doVerbs[w] {
					break
				}
				if kind, ok := typeNouns[strings.TrimSuffix(w, "s")]; ok {
					if kind == Where && nounHead(toks, k) != k {
						// "what state senator": the senator is asked.
						q.Kind, q.TypeNoun = Which, ""
						q.Modifier = Word{Term: toks[k].Term, Surface: toks[k].Surface}
						break
					}
					q.Kind, found, q.TypeNoun = kind, true, strings.TrimSuffix(w, "s")
					typeWords[w] = true
					break
				}
			}
			// "which montana senator is …": a word before the noun that
			// heads the phrase is a word of the topic.
			if h := nounHead(toks, j); !found && h != j {
				typeWords[strings.ToLower(toks[j].Surface)] = true
				q.Modifier = Word{Term: toks[j].Term, Surface: toks[j].Surface}
				j = h
			}
			next := strings.ToLower(toks[j].Surface)
			if found {
				// the kind is set
			} else if strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && toks[j].Term != "" && !term.IsStop(next) && !verbInS(toks, j) {
				q.Kind = Which
				typeWords[next] = true
				q.TypeNoun = next
			} else if w == "which" && askedNoun(toks, j) || w == "what" && namedKinds[strings.TrimSuffix(next, "s")] && askedNoun(toks, j) {
				// "which group said…": the answer names one; the sentence
				// that does need not say "group".
				q.Kind = Which
				typeWords[next] = true
				q.TypeNoun = next
			} else if jobNouns[strings.TrimSuffix(next, "s")] {
				// "what job did Bannon get?": a what-question, answered
				// by a role ("as CEO of the campaign"); the noun stays a
				// word of the topic.
				q.Kind, q.TypeNoun = What, strings.TrimSuffix(next, "s")
			} else if q.Kind == Which {
				q.Kind = What
			}
			break
		}
	}
	// Words asking for the newest news say when, not what: "latest",
	// "most recently", "any news".
	addMatchWords(typeWords, latestRe, text)
	// "what happened in September 2016?", "any news from October?": with
	// a named month, these words ask for the news of that time.
	period := periodOf(text, time.Now())
	if latestRe.MatchString(text) || period.Named {
		for _, w := range []string{"happen", "happened", "happening", "new", "news", "articles", "article", "stories", "story", "reports"} {
			typeWords[w] = true // "any articles from October 2016?"
		}
	}
	// "what's the death toll so far?": words that mean "until now" say
	// when the answer holds, not what it is about.
	addMatchWords(typeWords, untilNowRe, lower)
	addMatchWords(typeWords, mentionedRe, lower)
	// "what else has he done?": "done" is the "do" of a question about
	// deeds.
	if deedsRe.MatchString(lower) {
		typeWords["done"] = true
	}
	// "what was HLN called before?": the name it had, which "once known
	// as CNN Headline News" gives; "before" dates the name, it is no
	// topic.
	if m := formerNameRe.FindStringSubmatch(lower); m != nil {
		for _, w := range strings.Fields(m[1] + " " + m[2]) {
			typeWords[w] = true
		}
	}
	// "tldr of the Kerry article", "give me a summary": the request's
	// words ask for a kind of answer, as "latest" does.
	for _, loc := range summaryRe.FindAllStringIndex(text, -1) {
		m := text[loc[0]:loc[1]]
		if loc[0] > 0 && m != strings.ToUpper(m) && unicode.IsUpper([]rune(m)[0]) {
			continue // "Christopher Gist" is a name
		}
		q.Summary = true
		for _, t := range term.Tokenize(m) {
			typeWords[strings.ToLower(t.Surface)] = true // "tl;dr" is two tokens
		}
	}
	if q.Summary {
		for _, w := range []string{"article", "articles", "story", "stories", "report", "give", "quick", "short"} {
			typeWords[w] = true // what is summed up, not its topic
		}
	}
	published := q.Kind == When && publishedRe.MatchString(text)
	if published {
		for _, w := range []string{"article", "articles", "story", "stories", "piece", "pieces", "published", "posted", "written", "dated", "released", "from",
			"come", "came", "out", "go", "goes", "went", "up", "run", "ran", "appear", "appeared"} {
			typeWords[w] = true
		}
	}
	fact := NoArticleFact
	if !published {
		fact = AskedFact(text)
	}
	if fact != NoArticleFact {
		for _, m := range articleFactWords.FindAllString(lower, -1) {
			for _, w := range strings.Split(m, "-") {
				typeWords[w] = true // "op-ed" is two tokens
			}
		}
	}
	purpose := q.Kind == What && purposeRe.MatchString(text)
	if purpose {
		// "point", "trying to achieve" and "want" only ask for an aim;
		// "goal" or "purpose" may be what the answer says it is.
		addMatchWords(typeWords, purposeRe, lower)
		for _, w := range []string{"purpose", "aim", "aims", "goal", "goals", "objective", "objectives"} {
			delete(typeWords, w)
		}
	}
	if m := stanceRe.FindStringSubmatch(text); m != nil {
		asks := m[1] // "think"
		if asks == "" {
			asks = m[2] // "position"
		}
		typeWords[strings.ToLower(asks)] = true
	}
	seen := map[string]bool{}
	for i, t := range toks {
		if t.Term == "" || typeWords[strings.ToLower(t.Surface)] || seen[t.Term] || passiveGet(toks, i) || keepsOn(toks, i) || accordingTo(toks, i) {
			continue
		}
		seen[t.Term] = true
		q.Words = append(q.Words, Word{Term: t.Term, Surface: t.Surface, Name: isName(t, i)})
	}
	// "which sponsors?", "list the sponsors": with no other word, the
	// noun asked for is the topic too.
	if len(q.Words) == 0 && q.Kind == Which && q.TypeNoun != "" {
		for i, t := range toks {
			if strings.EqualFold(t.Surface, q.TypeNoun) && t.Term != "" {
				q.Words = append(q.Words, Word{Term: t.Term, Surface: t.Surface, Name: isName(t, i)})
				break
			}
		}
	}
	for _, loc := range yearRe.FindAllStringSubmatchIndex(text, -1) {
		// "the 1700s" may be written "the 18th century", and "the
		// 1950's" is a decade too.
		if m, after := text[loc[0]:loc[1]], text[loc[1]:]; !strings.HasSuffix(m, "s") && !strings.HasPrefix(after, "'s") && !strings.HasPrefix(after, "’s") {
			q.Years = append(q.Years, text[loc[2]:loc[3]])
		}
	}
	q.Centuries = Centuries(text)
	q.Decades = Decades(text)
	for _, m := range numberRe.FindAllString(text, -1) {
		if !yearRe.MatchString(m) {
			q.Numbers = append(q.Numbers, strings.ReplaceAll(m, ",", ""))
		}
	}
	// "what did Kilbrandon's report recommend?": after a possessive,
	// "report" is a noun, and nobody is asked about.
	if m := sayerRe.FindStringSubmatch(text); m != nil && !strings.HasSuffix(m[1], "'s") && !strings.HasSuffix(m[1], "’s") && !writtenNouns[lastWord(m[1])] {
		// "what does the RNC platform say about …?" asks what it holds,
		// not anyone's words.
		q.Sayer = m[1]
	} else if m := opinionRe.FindStringSubmatch(text); m != nil {
		q.Sayer, q.Opinion = m[1]+m[2], true
	}
	// "is the US going to Astana or not?" asks yes or no, and negates
	// nothing.
	q.Negated = negRe.MatchString(orNotRe.ReplaceAllString(text, ""))
	q.Latest = latestRe.MatchString(text)
	q.Rate = q.Kind == HowMany && (typeWords["often"] || typeWords["frequently"])
	q.Purpose = purpose
	if q.Kind == What && figureAskedRe.MatchString(text) {
		// "what was north carolina's turnout?" asks a figure, as "how
		// high was …" would: "The turnout was about 35%".
		q.Kind = HowMany
	}
	q.YesNo = yesNoRe.MatchString(text)
	q.SaidWhether = q.YesNo && NeedsValue(q.Kind) && saidWhetherRe.MatchString(text)
	q.Published = published
	q.Fact = fact
	q.Overview = overviewRe.MatchString(text) || overviewMoreRe.MatchString(text) || overviewDatedRe.MatchString(text) || q.Summary && len(q.Words) == 0
	q.Quoted = quotedRe.MatchString(text)
	q.Head = keywordsHead(text)
	switch {
	case q.Kind == What && !q.Overview:
		q.Defines, q.Meaning = definedPhrase(text)
		if m := aboutRe.FindStringSubmatch(text); m != nil && shortName(m[1], true) {
			q.About, q.Defines = true, m[1]
		}
	case q.Kind == Who:
		q.Defines = definedPerson(text)
		if roleOf != "" {
			q.Defines = roleOf
		}
	}
	q.Period = period
	for i := range toks {
		if place := SequencePlace(toks, i); place != "" && place != DatePlace && !lastAsVerb(q.Kind, toks, i) && !slices.Contains(q.Sequence, place) {
			q.Sequence = append(q.Sequence, place)
		}
	}
	if q.Kind == HowLong && len(toks) > 0 && lastAsVerb(q.Kind, toks, len(toks)-1) {
		// "how long did the meeting last?": the verb asks for the
		// duration; it is no topic word.
		kept := q.Words[:0]
		for _, w := range q.Words {
			if !strings.EqualFold(w.Surface, "last") {
				kept = append(kept, w)
			}
		}
		q.Words = kept
	}
	return q
}

// ParseStatement reads a sentence that states something (a claim of an
// LLM's answer) for its words, as Parse reads a question's, without
// looking for what it asks: every content word is a topic word, and
// none asks for a kind of answer.
func ParseStatement(raw string) Question {
	text := Normalize(raw)
	q := Question{Raw: raw, Text: text, Kind: What}
	toks := term.Tokenize(text)
	seen := map[string]bool{}
	for i, t := range toks {
		if t.Term == "" || seen[t.Term] || passiveGet(toks, i) || keepsOn(toks, i) || accordingTo(toks, i) {
			continue
		}
		seen[t.Term] = true
		q.Words = append(q.Words, Word{Term: t.Term, Surface: t.Surface, Name: isName(t, i)})
	}
	return q
}

// lastAsVerb reports the verb "last" closing a how-long question ("how long
// did the meeting last?"), not the "last" of a sequence.
func lastAsVerb(k Kind, toks []term.Token, i int) bool {
	return k == HowLong && i == len(toks)-1 && strings.EqualFold(toks[i].Surface, "last")
}

// SayerWords returns the words of whom the question asks what they said
// (Sayer), in lower case and without "the": ["times"] for "what did the
// Times say?"; nil when it asks no such thing.
func (q Question) SayerWords() []string {
	// Split as the question's words are: "Anti-Defamation" is two.
	return slices.DeleteFunc(term.SplitWords(strings.ToLower(q.Sayer)), func(w string) bool { return w == "the" })
}

// keywordLinks are the small words a query typed as keywords may hold.
var keywordLinks = map[string]bool{"the": true, "of": true, "in": true, "for": true, "on": true, "at": true, "a": true, "an": true}

// maxKeywords is the most words a query typed as keywords has.
const maxKeywords = 4

// keywordsHead returns the term of the word a query typed as a few
// nouns asks about ("astana sponsors": sponsors; "sponsors of the
// astana talks": sponsors), or "" for a question in words: one that
// holds a word of no content but "the", "of" and a few prepositions (a
// question word, a verb's auxiliary), or more than maxKeywords words.
func keywordsHead(text string) string {
	words := strings.Fields(strings.TrimRight(text, "?!. "))
	if len(words) < 2 || len(words) > maxKeywords+2 {
		return ""
	}
	head, content, ofSeen := "", 0, false
	for _, w := range words {
		lower := strings.ToLower(w)
		if keywordLinks[lower] {
			ofSeen = ofSeen || lower == "of" && head != ""
			continue
		}
		content++
		if ofSeen {
			continue // "sponsors of the astana talks": the head is before "of"
		}
		t := term.Word(w)
		if t == "" || term.IsNumber(t) {
			return "" // "what", "did", "is": a question in words
		}
		head = t
	}
	if content > maxKeywords {
		return ""
	}
	return head
}

// orNotRe finds the "or not" that closes a question asking yes or no.
var orNotRe = regexp.MustCompile(`(?i),?\s+or\s+not\W*$`)

// figureAskedRe asks what a measure given in figures is: "what was the
// turnout in Ohio?", "what's the population of Fresno", "what is the
// price of oil", "what's brandt's lead in norland"; not "what was the
// turnout like?".
var figureAskedRe = regexp.MustCompile(`(?i)^\W*what(?:['’]?s|\s+(?:is|was|were|are|will\s+be))\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:turnout|population|price|salary|budget|revenue|gdp|toll|tally|wage|rate|score|margin|attendance|enrollment|enrolment|temperature|height|length|distance|speed|weight|capacity|fare|fee|lead|deficit|debt|cost|size)s?\b(?:\s+(?:of|in|for|at|on|from)\b[^?]*)?\W*$`)

// sayerRe finds whom a question asks what they said: "what did Obama say
// about Syria?", "what has putin said", "what did kirby tell reporters",
// "what else did Lavrov say".
var sayerRe = regexp.MustCompile(`(?i)\bwhat(?:\s+else)? (?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:` + SayVerbs + `)\b`)

// writtenNouns are texts, not speakers: what a platform or a report
// "says" is what it holds.
var writtenNouns = map[string]bool{
	"platform": true, "report": true, "bill": true, "law": true, "poll": true, "survey": true,
	"study": true, "document": true, "article": true, "piece": true, "book": true, "plan": true,
	"proposal": true, "website": true, "site": true, "sign": true, "ad": true, "ruling": true,
	"text": true, "memo": true, "constitution": true, "treaty": true, "agreement": true, "deal": true,
}

// lastWord returns the last word of s, in lower case.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// SayVerbs is a regular expression's alternation of the verbs a question
// asks what someone said with, in the forms such a question writes them:
// "what did Obama say", "what has Trump tweeted about Jeb".
const SayVerbs = `say|said|tell|told|claim|claimed|announce|announced|write|wrote|tweet|tweeted|report|reported|admit|admitted|acknowledge|acknowledged|concede|conceded|confess|confessed|reveal|revealed|argue|argued|insist|insisted|warn|warned|complain|complained|stress|stressed|explain|explained|reply|replied|respond|responded`

// opinionRe finds whose opinion a question asks: "what does kerry think
// of lavrov", "what is kerrys opinion of lavrov", "what's the SNC's view
// on Astana".
var opinionRe = regexp.MustCompile(`(?i)\bwhat(?:\s+else)?\s+(?:does|do|did)\s+(.+?)\s+(?:think|feel)\s+(?:of|about)\b|\bwhat(?:\s+is|['’]s)\s+(.+?(?:['’]s?|s))\s+(?:opinion|opinions|views?)\s+(?:of|on|about)\b`)

// isCount reports whether a word is a small count: "three", "2".
// askedNoun reports whether toks[j], after "which", is the noun the
// question asks a name for ("which group said…"), not a verb ("which came
// first?", "which led to…"): a lower-case content word that is not a past
// form, followed by more of the question.
func askedNoun(toks []term.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	w := strings.ToLower(t.Surface)
	if verbInS(toks, j) {
		return false
	}
	return t.Term != "" && !t.Capitalized && !term.IsStop(w) && !strings.HasSuffix(w, "ed") && !term.IsNumber(w) && !irregularPast[w]
}

// nounHead returns the index of the noun that heads the phrase opening
// at toks[j] when two words make it, the second names a kind of answer
// (a role, a place, a named thing), and a verb or the question's end
// follows them ("montana senator is", "news agency reported"), or j.
func nounHead(toks []term.Token, j int) int {
	k := j + 1
	if k >= len(toks) || !askedNoun(toks, k) && !(k+1 == len(toks) && plainNoun(toks[k])) || !plainNoun(toks[j]) {
		return j
	}
	head := strings.TrimSuffix(strings.ToLower(toks[k].Surface), "s")
	if _, kind := typeNouns[head]; !kind && !namedKinds[head] && !IsRoleNoun(head) && !quote.IsRole(head) {
		return j // "which reuters request went unanswered": no kind of answer
	}
	if k+1 < len(toks) {
		n := strings.ToLower(toks[k+1].Surface)
		if !doVerbs[n] && !beVerbs[n] && !irregularPast[n] && !(len(n) > 4 && strings.HasSuffix(n, "ed")) && n != "said" && n != "says" {
			return j
		}
	}
	return k
}

// plainNoun reports a word that may be a noun of a question's phrase: a
// content word, not a stop word, a past form or a number.
func plainNoun(t term.Token) bool {
	w := strings.ToLower(t.Surface)
	return t.Term != "" && !term.IsStop(w) && !strings.HasSuffix(w, "ed") && !term.IsNumber(w) && !irregularPast[w]
}

// beVerbs are the forms of "be" that follow a question's noun phrase.
var beVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true}

// verbInS reports whether toks[j], a word in "s" right before a
// determiner, is a verb, not a plural noun: "what enables the Parliament
// to …?" asks for the subject of "enables".
func verbInS(toks []term.Token, j int) bool {
	w := strings.ToLower(toks[j].Surface)
	return j+1 < len(toks) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && determiners[strings.ToLower(toks[j+1].Surface)]
}

// determiners open a noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true}

// irregularPast are common verbs' irregular past forms, which may follow
// "which" as a verb ("which came first?").
var irregularPast = map[string]bool{
	"came": true, "went": true, "won": true, "lost": true, "led": true, "took": true, "made": true,
	"said": true, "got": true, "gave": true, "sent": true, "saw": true, "became": true, "began": true,
	"held": true, "left": true, "met": true, "paid": true, "put": true, "ran": true, "set": true,
	"told": true, "wrote": true, "brought": true, "bought": true, "built": true, "caught": true,
	"fell": true, "felt": true, "fought": true, "found": true, "grew": true, "kept": true, "knew": true,
	"meant": true, "rose": true, "sold": true, "spoke": true, "stood": true, "thought": true,
}

func isCount(w string) bool {
	switch strings.ToLower(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "main", "other":
		return true
	}
	return term.IsNumber(w)
}

// saidWhetherRe matches a yes-no question on whether one said or told
// a time, place, person or number: "did he say when", "has the UN
// announced where".
var saidWhetherRe = regexp.MustCompile(`(?i)^\W*(?:did|does|do|has|have|had|will)\s+.+?\b(?:say|said|mention|mentioned|tell|told|reveal|revealed|indicate|indicated|announce|announced|specify|specified|disclose|disclosed)\s+(?:\w+\s+)?(?:when|where|who|how many|how much|how long)\b`)

// NeedsValue reports the kinds answered only by a value of their own: a
// time, a place, a person, a number or a length of time.
func NeedsValue(k Kind) bool {
	switch k {
	case Who, When, Where, HowMany, HowLong:
		return true
	}
	return false
}

// smallCount reports a number from two to ten, in words or digits: how
// many names "which three countries" asks for.
func smallCount(w string) bool {
	switch strings.ToLower(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"2", "3", "4", "5", "6", "7", "8", "9", "10":
		return true
	}
	return false
}

// isName reports whether a token is a name: capitalised and not the first
// word, or written in capitals (UN, ISSG).
func isName(t term.Token, i int) bool {
	if !t.Capitalized {
		return false
	}
	if i > 0 {
		return true
	}
	upper := 0
	for _, r := range t.Surface {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// passiveGet reports a form of "get" that makes the next word passive
// ("was getting bombed", "got hit"): an auxiliary, no topic.
func passiveGet(toks []term.Token, i int) bool {
	switch strings.ToLower(toks[i].Surface) {
	case "get", "gets", "got", "getting", "gotten":
	default:
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[i+1].Surface)
	return len(next) >= 4 && (strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en")) || participles[next]
}

// accordingTo reports the "according" of "according to": it gives whose
// word the answer is ("who brokered the peace, according to de
// Mistura?"), and is no topic; a sentence that cites its own source
// ("…, according to the Associated Press") does not meet it.
func accordingTo(toks []term.Token, i int) bool {
	return strings.EqualFold(toks[i].Surface, "according") && i+1 < len(toks) && strings.EqualFold(toks[i+1].Surface, "to")
}

// keepsOn reports a form of "keep" before a verb in "-ing" ("keeps
// getting delayed", "kept saying"): it says the thing goes on, and is no
// topic.
func keepsOn(toks []term.Token, i int) bool {
	switch strings.ToLower(toks[i].Surface) {
	case "keep", "keeps", "kept", "keeping":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && strings.EqualFold(toks[j].Surface, "on") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[j].Surface)
	return len(next) >= 5 && strings.HasSuffix(next, "ing")
}

// participles are irregular past participles that follow a passive "get".
var participles = map[string]bool{
	"hit": true, "shot": true, "hurt": true, "caught": true, "struck": true, "cut": true,
	"stuck": true, "paid": true, "sent": true, "put": true, "left": true, "told": true,
	"sold": true, "bought": true, "held": true, "kept": true, "lost": true, "done": true,
	"made": true, "thrown": true, "blown": true, "drawn": true, "beat": true, "run": true,
}

// indexWord finds phrase in s at word boundaries, or -1; an apostrophe
// joins words here, so "who" is not found in "who's".
func indexWord(s, phrase string) int { return textutil.IndexWord(s, phrase, isWordByte) }

func isWordByte(b byte) bool {
	return b == '_' || b == '\'' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// numberWords are words that write numbers or their scale.
var numberWords = map[string]bool{
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "millions": true, "billion": true,
	"billions": true, "trillion": true, "dozen": true, "dozens": true, "half": true, "percent": true,
}

// smallCounts are the counts written as one word, by value.
var smallCounts = []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve"}

// CountValue returns the whole number a word writes, in digits ("3",
// "1,200") or spelled out up to twelve ("two"); false for any other word.
func CountValue(w string) (int, bool) {
	if i := slices.Index(smallCounts, strings.ToLower(w)); i >= 0 {
		return i, true
	}
	if n, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil && n >= 0 {
		return n, true
	}
	return 0, false
}

// IsNumberWord reports whether a word writes a number, in digits or in
// letters ("2011", "two", "million"): such words must be met as they are.
func IsNumberWord(w string) bool {
	return numberWords[strings.ToLower(w)] || term.IsNumber(w)
}

// ordinals are the ordinal numbers up to twentieth, spelled out, by
// position.
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}

// Ordinal returns the position an ordinal number names, spelled out or
// in digits ("third", "3rd": 3), or 0 for any other word.
func Ordinal(w string) int {
	w = strings.ToLower(w)
	if i := slices.Index(ordinals, w); i >= 0 {
		return i + 1
	}
	if len(w) < 3 {
		return 0
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	if err != nil || n < 1 || n > len(ordinals) || w[len(w)-2:] != ordinalSuffix(n) {
		return 0
	}
	return n
}

// OrdinalForms returns the ways to write the ordinal of position n
// ("third", "3rd"), or nil when n is out of Ordinal's range.
func OrdinalForms(n int) []string {
	if n < 1 || n > len(ordinals) {
		return nil
	}
	return []string{ordinals[n-1], strconv.Itoa(n) + ordinalSuffix(n)}
}

// ordinalSuffix is the English suffix of the ordinal of n in digits.
func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}
