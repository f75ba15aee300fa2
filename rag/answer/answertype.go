package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

var (
	// monthOrDay holds the words that name a month, a day or a season.
	monthOrDay = newWordSet("jan", "january", "feb", "february", "march", "april", "may", "june", "july", "aug", "august",
		"sep", "sept", "sepember", "september", "oct", "october", "nov", "november", "dec", "december",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
		"yesterday", "today", "tomorrow", "tonight", "spring", "summer", "autumn", "winter")
	// centuryWords and relTimeWords are words centuryRe and relTimeRe
	// cannot match without: a sentence with none of them is not searched.
	centuryWords = newWordSet("century", "centuries", "millennium", "bc", "ad", "bce", "ce")
	relTimeWords = newWordSet("ago", "last", "next", "earlier", "later", "this", "day", "days", "week", "weeks",
		"month", "months", "year", "years", "time", "early", "late", "mid", "decade", "decades", "during")
	yearRe    = regexp.MustCompile(`\b(1[0-9]\d\d|20\d\d)s?\b`)
	centuryRe = regexp.MustCompile(`(?i)\b(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[\s-]+(century|centuries|millennium)\b|\b\d{1,4}\s*(BC|AD|BCE|CE)\b`)
	relTimeRe = regexp.MustCompile(`(?i)\b(ago|last (week|month|year)|next (week|month|year)|earlier this|later this|this (week|month|year)|(\d+|\w+) (days?|weeks?|months?|years?) (later|after|before|earlier)|at the time|in the (early|late|mid)|decades?|during the|(end|beginning|start|middle) of (the|this|next|last) (week|month|year|decade))\b`)
	// numberWords are the words numberRe finds; a text with none of them,
	// no digit and no "%" is not searched.
	numberWords = newWordSet("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands",
		"million", "millions", "billion", "billions", "dozen", "dozens", "half", "percent")
	numberRe   = regexp.MustCompile(`(?i)\b(\d[\d,.]*(?:million|billion|trillion)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|thousands?|millions?|billions?|dozens?|half|percent)\b|%`)
	durationRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|several|many|few)[\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b|\b(quarter|half)[\s-](?:of\s+a\s+)?(century|decade|year|hour|day)\b|\b(since|until|till|for|into|through) (\d{4}|the \w+)`)
	// sinceAskedRe is a how-long question in the perfect, which asks
	// how long something has gone on until now: "a year ago" answers
	// "how long has Russia been fighting?" as "since 2011" does. "How
	// long ago?" asks for just that.
	sinceAskedRe = regexp.MustCompile(`(?i)^how long (?:has|have|had|ago)\b`)
	placePrep    = regexp.MustCompile(`\b(in|at|near|inside|outside|across|throughout|to|from|into|on)\s+((?:the\s+|(?:last|this|next)\s+\p{Ll}+['’]s\s+))?([A-Z][\p{L}'’.-]+)`)
	// venueRunRe goes on from a word that may be a role ("Republican")
	// to the name of a venue or an event held in one: "at the Republican
	// National Convention", not "in Sen. Mitch McConnell's office".
	venueRunRe = regexp.MustCompile(`^(?:\s+[A-Z][\p{L}'’.-]+){0,3}\s+(?:Convention|Committee|Conference|Center|Centre|Hall|Club|Council|Congress|Assembly|Summit|Forum|Institute|University|College|School|Hospital|Museum|Church|Stadium|Arena|Hotel|Headquarters)\b`)
	// placeNounRe finds a place given by a name before the noun of a
	// kind of place: "in an Arizona hospital", "at a Louisville church".
	placeNounRe = regexp.MustCompile(`\b(?:in|at|near|inside|outside|to|from|into)\s+an?\s+([A-Z][\p{L}'’.-]+)\s+(?:hospital|church|mosque|synagogue|temple|school|prison|jail|camp|hotel|restaurant|club|base|airport|port|city|town|village|suburb|neighborhood|neighbourhood|home|house|apartment|stadium|arena|park|hall|court|center|centre|museum|university|college|farm|market|mall|station|office|clinic|courthouse)\b`)
	// hometown names where a person is from, after their age: "Harry
	// Bond, 30, of Raleigh, N.C.".
	hometown = regexp.MustCompile(`\b\d{1,3},\s+of\s+([A-Z][\p{L}'’.-]+)`)
	// partOfPlace names a place within the one before it: "['s]
	// capital, Astana".
	partOfPlace = regexp.MustCompile(`^\s*(?:capital|city|region|province|state|county|district|town|village|port)\s*,\s+([A-Z][\p{L}'’-]+)`)
	// placeWords are words of places that name none: "the city", "the
	// north".
	placeWords = newWordSet("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"region", "city", "capital", "island", "coast", "border", "province", "country", "village", "town", "mission",
		"headquarters", "embassy", "hotel", "palace", "building", "room", "river", "sea", "ocean", "mountain", "mountains")
	listRe      = regexp.MustCompile(`[A-Z][\p{L}'’-]+,\s+[A-Z][\p{L}'’-]+,?\s+(and|or)\s+[A-Z][\p{L}'’-]+|[A-Z][\p{L}'’-]+\s+(and|or)\s+[A-Z][\p{L}'’-]+`)
	frequencyRe = regexp.MustCompile(`(?i)\b(?:every|each|per|once a|twice a|times a)\s+(?:\d+\s+)?(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b|\b(?:daily|weekly|monthly|yearly|annually|hourly|nightly|frequently|regularly|often|rarely|seldom|occasionally|constantly|routinely)\b`)
	amountRe    = regexp.MustCompile(`(?i)\ba (?:small|large|limited|growing|great|huge) number\b|\ba handful\b`)
	// aimRe says what something is for: its aim, goal or purpose, what
	// someone wants, seeks or calls for.
	aimRe = regexp.MustCompile(`(?i)\b(aim(s|ed)?\s+(to|at)|goals?|purposes?|objectives?|in order to|so as to|(seek|seeks|seeking|sought|intend(s|ed)?|want(s|ed)?|hop(e|es|ed|ing)|looking|trying|designed|meant)\s+to|call(s|ed)?\s+for|push(es|ed)?\s+for)\b`)
	// clockRe and dayPartRe are a time of day: "5 pm", "11:40 a.m.";
	// "at night". dayParts are the words dayPartRe needs.
	clockRe = regexp.MustCompile(`(?i)\b\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)`)
	// clockAfterRe is what follows the hour of a time of day: ":30",
	// " p.m.", " o'clock".
	clockAfterRe = regexp.MustCompile(`(?i)^(?::\d\d|\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|o’clock)(?:\W|$))`)
	dayPartRe    = regexp.MustCompile(`(?i)\b(at|by|in the|during the|every|each)\s+(` + strings.Join(dayPartWords, "|") + `)\b`)
	dayParts     = newWordSet(dayPartWords...)
	// unitsRe is a length given by its unit alone: "in seconds", "for
	// years".
	// pagesRe finds a length in pages and the two words after it: "his
	// 60-page ruling", "a six-page letter to".
	pagesRe = regexp.MustCompile(`(?i)\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[\s-]+pages?\s+(\w+)(?:\s+(\w+))?`)
	unitsRe = regexp.MustCompile(`(?i)\b(in|for|within|over)\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b`)
	// reasonWords holds a word of each of reasonRe's phrases: a text
	// with none of them is not searched.
	reasonWords = newWordSet("because", "due", "owing", "order", "so", "result", "reason", "since", "aim", "aimed",
		"protest", "avoid", "prevent", "ensure", "allow", "help", "end", "stop", "support", "given",
		"response", "reaction", "retaliation", "fear", "citing")
	reasonRe = regexp.MustCompile(`(?i)\b(because|due to|owing to|in order to|so as to|so that|as a result|result of|reason|since|aim(ed)? (at|to)|to (protest|avoid|prevent|ensure|allow|help|end|stop|support)|in (protest|response|reaction|retaliation) (to|against|at|for|of)|(for|out of) fear|citing)\b`)
	// givenRe finds "given" as a reason, "given the suffering", with the
	// word before it: "was given the award" gives no reason.
	givenRe = regexp.MustCompile(`(?i)(?:^|(\w*)\W+)given (?:that|the|how|its|their|his|her)\b`)
)

// futureAskedRe finds a question about what is yet to come: "when will
// the war end?", "when are they going to meet?", "when is the next
// meeting?".
var futureAskedRe = regexp.MustCompile(`(?i)\bwhen\b.*\b(will|going to|gonna|next|upcoming|coming up)\b|\bwhen['’]ll\b`)

// pastEventRe finds an event a sentence places behind it ("took place",
// "met", "a year ago"), and futureMarkRe a word that looks ahead ("will",
// "scheduled", "a new meeting"): a sentence with the one and not the
// other tells when something was, not when the next one is.
var (
	pastEventRe  = regexp.MustCompile(`(?i)\b(took place|was held|were held|met|ended|began|happened|occurred|ago|yesterday|last (?:week|month|year))\b`)
	futureMarkRe = regexp.MustCompile(`(?i)\b(will|would|shall|going to|gonna|to be held|scheduled|planned|plans?|expects?|expected|hopes?|hoped|hoping|soon|next|upcoming|new|again|later|future|reconven\w*)\b|['’]ll\b`)
)

// endAskedRe finds a question about when something ended: "when did the
// talks end?". A year after "since" says when it began, not that.
var endAskedRe = regexp.MustCompile(`(?i)\bwhen\b.*\b(end|ends|ended|finish|finished|stop|stopped|conclude|concluded|cease|ceased)\W*$`)

// pastTimeRe finds a time that lies behind the one who writes: "a year
// ago", "last month", "earlier this week".
var pastTimeRe = regexp.MustCompile(`(?i)^(ago|last (week|month|year)|earlier this)$`)

// sinceRe finds "since" just before a year: "since 2011" says how long
// something has gone on, not when it will.
var sinceRe = regexp.MustCompile(`(?i)\bsince\s+$`)

// relTimeAnswers reports a relative time in text that answers "when?":
// any, or for a question about what is yet to come one that does not
// lie behind ("when will the war end?" is not answered by "joined the
// war a year ago").
func relTimeAnswers(text string, future bool) bool {
	for _, m := range relTimeRe.FindAllString(text, -1) {
		if !future || !pastTimeRe.MatchString(m) {
			return true
		}
	}
	return false
}

// eventTimeRe places a time by another event, named or with its article:
// "immediately after Decision Time", "before the vote", "after a general
// debate"; not by a span, "after months of talks". A phase of one places
// it too: "at the beginning of each session", "by the end of the war".
var eventTimeRe = regexp.MustCompile(`\b(?i:after|before|following|until)\s+(?:(?i:the|his|her|their|its|a|an)\s+\p{L}|\p{Lu})|\b(?i:at|by|from|until|towards?)\s+the\s+(?i:beginning|start|end|close|outset|conclusion)\s+of\b`)

// eventTimed reports a text that places a time by another event; "named
// after" places none.
func eventTimed(text string) bool {
	for _, loc := range eventTimeRe.FindAllStringIndex(text, -1) {
		before := strings.ToLower(strings.TrimRight(text[:loc[0]], " "))
		if !strings.HasSuffix(before, "named") && !strings.HasSuffix(before, "called") {
			return true
		}
	}
	return false
}

// eventVerbRe finds a clause that says something happened or is to, to
// read its subject: "The meeting took place days after …", "the vote,
// which was held in May", "the negotiations, scheduled for January
// 23-24"; a relative pronoun stands for the word before it.
var eventVerbRe = regexp.MustCompile(`(?i)\b([\p{L}-]+)(?:,?\s+(?:that|which))?\s+(?:(?:had|has|have)\s+)?(?:took|take|takes|taken|taking)\s+place\b|\b([\p{L}-]+)(?:,?\s+(?:that|which))?\s+(?:was|were|is|are|will\s+be)\s+held\b|\b([\p{L}-]+)(?:,?\s+(?:that|which))?\s+(?:(?:had|has|have)\s+)?(?:happened|occurred)\b|\b([\p{L}-]+),?\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+)?(?:scheduled|planned|set|due)\s+(?:for|on)\b`)

// ofHeadRe finds the noun a subject belongs to by "of": "recording" in
// "an audio recording of the 40-minute discussion".
var ofHeadRe = regexp.MustCompile(`([\p{L}-]+)\s+of\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,2}$`)

// describedNameRe ends the text before a noun that describes the name
// just before it: "“Hail, Caesar!” -- a", "Astana, the".
var describedNameRe = regexp.MustCompile(`([\p{L}'’-]+)[!?.]?["”’']*\s*(?:--|—|–|,)\s*(?:a|an|the)\s+$`)

// possessiveTimeRe finds a time that dates a thing by the possessive,
// and the word or two after it: "Wednesday's leak", "last week's
// televised debate".
var possessiveTimeRe = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|(?:last|this|next)\s+(?:week|weekend|month|year|night))['’]s\s+([\pL-]+)(?:\s+([\pL-]+))?`)

// datesOtherThing reports a sentence that dates by a possessive only
// things no word of the question is, or is near ("Following
// Wednesday's leak of the report" for "when will the FBI finish its
// investigation?"), and returns the text without those times, for
// asking whether it gives another.
func datesOtherThing(qr match.Query, text string) (string, bool) {
	locs := possessiveTimeRe.FindAllStringSubmatchIndex(text, -1)
	if locs == nil {
		return "", false
	}
	for _, loc := range locs {
		for g := 1; g <= 2; g++ {
			if loc[2*g] < 0 {
				continue
			}
			t := qr.Word(text[loc[2*g]:loc[2*g+1]])
			if relatedToAWord(qr, t) || slices.ContainsFunc(qr.Words, func(w match.Word) bool { return qr.Kin(w.Term, t) >= match.MinCosine }) {
				return "", false // "Tuesday's primary" for "when was the primary?"
			}
		}
	}
	return possessiveTimeRe.ReplaceAllString(text, ""), true
}

// timesOtherEvent reports a sentence that says when something happened
// that the question does not ask about: "when did the ceasefire start?"
// is not answered by "The meeting took place days after a ceasefire …
// had collapsed", which times the meeting, nor "when will the war end?"
// by "the negotiations, scheduled for January 23-24". The subject of
// "took place", "was held", "happened", "occurred" or "scheduled for"
// must be met by a word of the question as written or through WordNet,
// or be as near one in vectors as a near word is ("when is the astana
// meeting?": meeting and negotiations, 0.62; start and meeting, 0.58,
// are not), or be a pronoun ("it took place in May").
func timesOtherEvent(qr match.Query, text string) bool {
	loc := eventVerbRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return false
	}
	var subject string
	for g := 1; g <= 4; g++ {
		if loc[2*g] >= 0 {
			subject = text[loc[2*g]:loc[2*g+1]]
			if m := ofHeadRe.FindStringSubmatch(text[:loc[2*g]]); m != nil {
				// "an audio recording of the 40-minute discussion that
				// took place …": the discussion's time is the recording's.
				if relatedToAWord(qr, qr.Word(m[1])) {
					return false
				}
			}
		}
	}
	t := qr.Word(subject)
	if t == "" || term.IsStop(strings.ToLower(subject)) || subject != strings.ToLower(subject) && !isSentenceStart(text, subject) {
		return false // a pronoun, or a name: "Geneva II took place …"
	}
	for g := 1; g <= 4; g++ {
		if loc[2*g] >= 0 {
			if m := describedNameRe.FindStringSubmatch(text[:loc[2*g]]); m != nil && qr.InQuestion(m[1]) {
				return false // "''Hail, Caesar!'' -- a movie set for release on Feb. 5": the question's movie
			}
		}
	}
	if relatedToAWord(qr, t) || slices.ContainsFunc(qr.Words, func(w match.Word) bool { return qr.Kin(w.Term, t) >= match.MinCosine }) {
		return false
	}
	// The event it is timed by may be the question's: "days after a
	// ceasefire Kerry had negotiated had collapsed" says when the
	// ceasefire collapsed, near enough.
	var after []string
	for _, tok := range qr.Tokenize(text[loc[1]:]) {
		if tok.Term != "" {
			after = append(after, tok.Term)
		}
	}
	for _, w := range qr.Words {
		if w.Credit(after) < match.CreditRelated {
			return true
		}
	}
	return false
}

// byAgent reports a sentence that names, after "by", who did what the
// question asks who did: "The recording was made by a non-Syrian who
// attended" answers "who recorded the audio?", a name or not. The
// question's verb, right after "who", stands in the three words before
// "by" ("the recording was made by"); "by the end of May" or "by 2011"
// names no one.
func byAgent(qr match.Query, text string) bool {
	first, rest, _ := strings.Cut(qr.Question.Text, " ")
	second, _, _ := strings.Cut(rest, " ")
	if len(qr.Words) == 0 || !strings.EqualFold(first, "who") || qr.Word(strings.TrimRight(second, "?.!,")) != qr.Words[0].Term {
		return false // only "who VERBed …?" asks for the one who did it
	}
	verb := qr.Words[0]
	if textutil.IndexWord(strings.ToLower(text), "by", isWordByte) < 0 {
		return false
	}
	toks := qr.Tokenize(text)
	for i, t := range toks {
		if !strings.EqualFold(t.Surface, "by") || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		if strings.EqualFold(next.Surface, "the") || strings.EqualFold(next.Surface, "a") || strings.EqualFold(next.Surface, "an") {
			if i+2 >= len(toks) {
				continue
			}
			next = toks[i+2]
		}
		if next.Term == "" || term.IsNumber(next.Term) || timeUnitRe.MatchString(next.Surface) || monthOrDay.In(next.Surface) || strings.EqualFold(next.Surface, "end") {
			continue
		}
		for _, b := range toks[max(0, i-3):i] {
			if b.Term != "" && verb.Credit([]string{b.Term}) >= match.CreditRelated {
				return true
			}
		}
	}
	return false
}

// isSentenceStart reports whether word opens text, where a common noun
// is capitalised too.
func isSentenceStart(text, word string) bool {
	text = strings.TrimLeft(text, "\"“‘'( ")
	if strings.HasPrefix(strings.ToLower(text), "the ") {
		text = strings.TrimLeft(text[4:], " ")
	}
	return strings.HasPrefix(text, word)
}

// dayPartWords are the parts of a day.
var dayPartWords = []string{"night", "morning", "evening", "afternoon", "noon", "midnight", "dawn", "dusk"}

// distanceRe opens the text after a figure that gives a distance.
var distanceRe = regexp.MustCompile(`(?i)^(?:\s|-)*(?:miles?|kilometres?|kilometers?|km|metres?|meters?|m|feet|foot|ft|yards?|leagues?|nautical miles?)\b`)

// ageBeforeRe closes the text before a figure that gives an age ("at
// the age of 18", "aged 13"); ageAfterRe opens the text after one ("13
// years old", "a 13-year-old").
var (
	ageBeforeRe = regexp.MustCompile(`(?i)\b(?:age of|aged|ages?|at)\s*$`)
	// agedRe is ageBeforeRe where the question asks no age: "at 14
	// sites" may count.
	agedRe     = regexp.MustCompile(`(?i)\b(?:age of|aged)\s*$`)
	ageAfterRe = regexp.MustCompile(`(?i)^(?:\s|-)*years?(?:\s|-)*(?:old|of age)\b`)
	// ageNamedBeforeRe and ageNamedAfterRe find an age set off after a
	// name, as news writes it: "Ana Brook, 43, is …".
	ageNamedBeforeRe = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]*,\s*$`)
	ageNamedAfterRe  = regexp.MustCompile(`^\s*[,)]`)
	// ageNowBeforeRe and ageNowAfterRe find an age given as it is now:
	// "Mr. Daniloff, now 81 and retired in Cambridge".
	ageNowBeforeRe = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]*,\s*now\s*$`)
	ageNowAfterRe  = regexp.MustCompile(`^\s*(?:[,)]|and\b)`)
	// agedNounRe finds the noun after an age: "72-year-old mother".
	agedNounRe = regexp.MustCompile(`(?i)^(?:\s|-)*years?(?:\s|-)*old\s+(\pL+)`)
	// othersAgeRe closes the text before an age that is another's: "her
	// 72-year-old mother" is not her age.
	othersAgeRe = regexp.MustCompile(`(?i)\b(?:her|his|their|its|my|our|your)\s*$|\p{L}['’]s?\s*$`)
)

// marginAskedRe finds a question on a lead or a gap: "how far ahead",
// "how far behind". A figure measures one after "by", or after "up",
// "down", "ahead" or "behind" ("she is up an average of 9.2 points")
// (marginBeforeRe), or before a lead's word (marginAfterRe).
var (
	marginAskedRe  = regexp.MustCompile(`\bhow far (?:ahead|behind)\b`)
	marginBeforeRe = regexp.MustCompile(`(?i)(?:\bby|\b(?:up|down|ahead|behind)(?:\s+by)?)\s+(?:an?\s+average\s+of\s+|about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more than\s+|less than\s+)?$`)
	marginAfterRe  = regexp.MustCompile(`(?i)^(?:%|\s*percent)?[\s-]*(?:(?:percentage[\s-])?points?[\s-]+|\w+\s+)?(?:lead|edge|advantage|margin|ahead|behind)\b`)
)

// measureAsked returns, for a question that asks for a measure a figure
// must give ("how far?": a distance; "how old?": an age), whether the text
// before and after a figure give it; nil for any other question.
func measureAsked(question string) func(before, after string) bool {
	switch lower := strings.ToLower(question); {
	case marginAskedRe.MatchString(lower):
		// "how far ahead is she?" asks a lead: "leads Sanders by 271
		// delegates", "a 10-point lead", "3 points behind".
		return func(before, after string) bool {
			return marginBeforeRe.MatchString(before) || marginAfterRe.MatchString(after)
		}
	case strings.Contains(lower, "how far"):
		return func(_, after string) bool { return distanceRe.MatchString(after) }
	case strings.Contains(lower, "how old"):
		return func(before, after string) bool {
			if clockAfterRe.MatchString(after) {
				return false // "at 6:30 a.m.", "at 2 p.m.": a time of day
			}
			aged := agedNounRe.FindStringSubmatch(after)
			// asked reports the aged noun among the question's words.
			asked := aged != nil && slices.Contains(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }), strings.ToLower(aged[1]))
			if aged != nil && quote.IsOrgNoun(aged[1]) && !asked {
				return false // "the 60-year-old firm" is no person's age
			}
			if othersAgeRe.MatchString(before) {
				// "her 72-year-old mother" is the mother's age, which
				// "how old is her mother?" asks.
				return asked
			}
			return ageBeforeRe.MatchString(before) || ageAfterRe.MatchString(after) ||
				ageNamedBeforeRe.MatchString(before) && ageNamedAfterRe.MatchString(after) ||
				ageNowBeforeRe.MatchString(before) && ageNowAfterRe.MatchString(after)
		}
	}
	return nil
}

// isAge reports whether a figure is someone's age: "26-year-old", "aged
// 26", or set off by commas after a name ("Sara Walker, 44, said", "Mr.
// Daniloff, now 81 and retired").
func isAge(before, after string) bool {
	return ageAfterRe.MatchString(after) || agedRe.MatchString(before) ||
		ageNamedBeforeRe.MatchString(before) && ageNamedAfterRe.MatchString(after) ||
		ageNowBeforeRe.MatchString(before) && ageNowAfterRe.MatchString(after)
}

// lifeAskedRe finds a question about when someone was born or died.
var lifeAskedRe = regexp.MustCompile(`(?i)\b(born|birth|die|died|death)\b`)

// lifeEventAsked returns, for a question that asks when someone was
// born or died, the expression that finds a sentence dating that event;
// nil for any other question.
func lifeEventAsked(question string) *regexp.Regexp {
	switch strings.ToLower(lifeAskedRe.FindString(question)) {
	case "":
		return nil
	case "born", "birth":
		return bornRe
	}
	return diedRe
}

// bornRe and diedRe find a sentence that dates a birth or a death: one
// that says it, or gives a life span ("Zhu Shijie (1249–1314)"), its
// start for a birth and its end for a death.
var (
	bornRe = regexp.MustCompile(`(?i)\b(?:born|birth|b\.\s*\d)|\(\s*(?:c\.\s*)?\d{3,4}\s*[–-]`)
	diedRe = regexp.MustCompile(`(?i)\b(?:died|dies|death|killed|executed|murdered|assassinated|drowned|d\.\s*\d)|[–-]\s*\d{3,4}\s*\)`)
)

// answerType scores how well a sentence holds the kind of answer asked
// for, from 0 to 1. Words of the question itself do not count as the
// answer: "Who met Kerry?" is not answered by Kerry. isName reports the
// terms the articles write as names, for a sentence's first word.
func answerType(qr match.Query, text string, isName func(string) bool) float64 {
	if q := qr.Question; q.TypeNoun != "" && (q.Kind == question.Which || q.Kind == question.Where) && unnamedKind(q.TypeNoun, text) {
		return 0
	}
	switch qr.Question.Kind {
	case question.Who:
		if s := nameScore(qr, text, isName); s == 1 || !byAgent(qr, text) {
			return s
		}
		return 1
	case question.When:
		if timesOtherEvent(qr, text) {
			return 0 // "when did the ceasefire start?" is not answered by when a meeting took place
		}
		if rest, ok := datesOtherThing(qr, text); ok && answerType(qr, rest, isName) == 0 {
			return 0 // "when will the FBI finish?" is not answered by "Following Wednesday's leak of the report"
		}
		if dates := lifeEventAsked(qr.Question.Text); dates != nil && !dates.MatchString(text) {
			return 0 // "when was Ribault born?" is not answered by the year he led an expedition
		}
		future := qr.Asks(futureAskedRe)
		if future && pastEventRe.MatchString(text) && !futureMarkRe.MatchString(text) {
			return 0 // "when is the next meeting?" is not answered by when one took place
		}
		noSince := future || qr.Asks(endAskedRe)
		// "when did the ceasefire in March end?" is not answered by "a
		// March truce": the question's own month is no answer.
		if monthOrDay.InExcept(text, qr.InQuestion) && !onlyTheSayingDated(qr, text) || centuryWords.In(text) && centuryRe.MatchString(text) {
			return 1
		}
		if relTimeWords.In(text) && relTimeAnswers(text, future) {
			if tn := strings.ToLower(qr.Question.TypeNoun); tn == "date" || tn == "day" {
				// "what date was the meeting?": "days after the ceasefire
				// collapsed" places it, but gives no date.
				return 0.5
			}
			return 1
		}
		// "5 pm", "at night" answer "when?" and "what time?", not "what
		// year?".
		if tn := qr.Question.TypeNoun; (tn == "" || tn == "time") && isClockTime(text) {
			return 1
		}
		for _, loc := range yearRe.FindAllStringIndex(text, -1) {
			y := text[loc[0]:loc[1]]
			if !slices.Contains(qr.Question.Years, strings.TrimSuffix(y, "s")) && !(noSince && sinceRe.MatchString(text[:loc[0]])) {
				return 1
			}
		}

	case question.Where:
		if placeOfTitle(qr, text) {
			return 1 // "where is Kasich governor?": "Ohio Gov. John Kasich"
		}
		ownPlace := false
		for _, m := range placePrep.FindAllStringSubmatchIndex(text, -1) {
			name := text[m[6]:m[7]]
			if pm := partOfPlace.FindStringSubmatch(text[m[7]:]); pm != nil && qr.InQuestion(pm[1]) && !placeAsked(qr, pm[1]) {
				if !qr.InQuestion(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")) && eventNamedBy(qr, pm[1]) {
					return 1 // "where were the Astana talks held?": "in Kazakhstan's capital, Astana"
				}
				ownPlace = true // "in Kazakhstan's capital, Astana" is the question's Astana, not where after it
				continue
			}
			if !monthOrDay.In(name) && !citesSource(text[:m[0]]) && !placeInQuestion(qr, name, text[m[7]:]) && (!quote.IsRole(strings.TrimRight(name, ".")) || venueRunRe.MatchString(text[m[7]:])) {
				return 1
			}
		}
		if partyStateOf(qr, text) {
			return 1 // "where is Corker from?": "Bob Corker (R-Tenn.)"
		}
		for _, m := range placeNounRe.FindAllStringSubmatch(text, -1) {
			if !qr.InQuestion(m[1]) && !monthOrDay.In(m[1]) {
				return 1 // "where did Ali die?": "in an Arizona hospital"
			}
		}
		if qr.Asks(schoolAskedRe) && schoolNamedRe.MatchString(text) {
			return 1 // "where did she go to college?": "a 2009 Centenary College graduate"
		}
		if m := hometown.FindStringSubmatch(text); m != nil && !qr.InQuestion(m[1]) {
			return 1 // "where is Alyssa from?": "Alyssa Van Wagenen, 29, of Meridian, Ind."
		}
		if qr.Question.TypeNoun != "" {
			// "Which country…?": the answer is a place's name, wherever
			// the sentence puts it ("The UK had long been an ally").
			return nameScore(qr, text, isName)
		}
		if placeWords.In(text) && !ownPlace {
			return 0.3
		}
	case question.HowMany:
		// "how often?": a rate answers ("every 25 minutes", "they speak
		// frequently"), a bare number less surely.
		if qr.Question.Rate {
			if frequencyRe.MatchString(text) {
				return 1
			}
			if mayHoldNumber(text) && numberRe.MatchString(text) {
				return 0.5
			}
			return 0
		}
		if qr.Asks(timesAskedRe) && timesSaidRe.MatchString(text) {
			return 1 // "how many times has it been wrong?": "miscalculated twice"
		}
		if qr.Asks(sizeAskedRe) && sizeComparedRe.MatchString(text) {
			return 1 // "how big is the council?": "the biggest bloc in the coalition"
		}
		if qr.Asks(costAskedRe) && costComparedRe.MatchString(text) {
			return 1 // "how much does a place cost?": "costs more per year than sending your child to Stanford"
		}
		timeAsked := qr.Asks(timeUnitRe)
		shareAsked := qr.Asks(shareAskedRe)
		moneyAsked, costSaid := qr.AskedMatch(moneyAskedRe), false
		if moneyAsked != nil {
			// A share answers what something costs only in a sentence
			// on its cost ("fares rose 3 percent"): "70% of adults
			// need support" tells no cost.
			ts := qr.TermsOf(text)
			k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return strings.EqualFold(w.Surface, moneyAsked[1]) })
			costSaid = slices.Contains(ts, qr.Word(moneyAsked[1])) || k >= 0 && qr.Words[k].Credit(ts) >= match.CreditCorrected
		}
		measure := measureAsked(qr.Question.Text)
		countOnly := qr.Asks(countOnlyRe) && !qr.Asks(moneyNamedRe)
		// "how old was he when he died?" asks an age, not how many died.
		deaths := measure == nil && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return match.DeathTerm(w.Term) })
		var numbers [][]int
		vague := false
		if mayHoldNumber(text) {
			numbers = numberRe.FindAllStringIndex(text, -1)
		}
		for _, loc := range numbers {
			m := text[loc[0]:loc[1]]
			if slices.Contains(qr.Question.Terms(), qr.Word(m)) || slices.Contains(qr.Question.Numbers, strings.ReplaceAll(m, ",", "")) {
				continue // the question's own number ("the 14 groups"), not one near its words ("run": three)
			}
			if labelBeforeRe.MatchString(text[:loc[0]]) {
				continue // "the No. 4 train", "#2": a label, no count
			}
			if pronounOne(m, text[loc[1]:]) || inManner(text, loc) {
				continue // "one cannot resolve this", "one of the centres", "one-on-one" count nothing
			}
			if yearOf(text[:loc[0]], m, text[loc[1]:]) {
				continue // "every election from 1956 through 2012" counts no people
			}
			if !timeAsked && timeNumber(text[:loc[0]], m, text[loc[1]:]) && !measuresAsked(qr, text[loc[1]:]) {
				continue // "a 40-minute discussion" does not count people
			}
			if !timeAsked && measure == nil && isAge(text[:loc[0]], text[loc[1]:]) {
				continue // "a 26-year-old manager", "Sara Walker, 44," count nobody
			}
			if shareAsked && !isShare(m, text[loc[1]:]) {
				continue // "what percentage …?" is not answered by "ages 18 to 29"
			}
			if moneyAsked != nil && !isMoney(text[:loc[0]], text[loc[1]:]) && !(costSaid && isShare(m, text[loc[1]:])) {
				// "how much did the talks cost?" is not answered by "14
				// rebel organizations"; a cost may be a share ("3 percent").
				continue
			}
			if measure != nil && !measure(text[:loc[0]], text[loc[1]:]) {
				continue // "how far?" is not answered by "6,100 acres", "how old?" by a year
			}
			if countOnly && isMoney(text[:loc[0]], text[loc[1]:]) {
				continue // "how many people were arrested?" is not answered by "$100 summonses"
			}
			if countsOther(qr, text, text[:loc[0]], text[loc[1]:]) || oneOfOther(qr, m, text, text[loc[1]:]) {
				continue // "300,000 people" counts no refugees, "one man" no couples
			}
			if deaths && !nearDeathWord(text, loc) {
				continue // "one woman … asked how many had to be killed" counts no dead
			}
			if placedElsewhere(qr, text[loc[1]:]) {
				continue // "how many died in Brussels?" is not "killed 130 people in Paris"
			}
			if !deaths && measure == nil && !qr.Asks(harmAskedRe) && countsDead(text, loc) {
				continue // "what is the population of Syria?" is not "has killed 300,000 people"
			}
			if vagueCounts[strings.ToLower(m)] {
				vague = true // "thousands" counts less surely than "6,000"
				continue
			}
			return 1
		}
		if vague {
			return 0.5
		}
		// "a small number of Syrian civilians", "a handful of aides": an
		// amount without a figure answers, less surely.
		if lower := strings.ToLower(text); measure != nil || !strings.Contains(lower, "number") && !strings.Contains(lower, "handful") {
			break // most sentences: the expression is not run; no age nor distance is "a handful"
		}
		for _, m := range amountRe.FindAllString(text, -1) {
			if !qr.InQuestion(m) {
				return 0.5
			}
		}
	case question.HowLong:
		sinceAsked, laterAsked := qr.Asks(sinceAskedRe), qr.Asks(laterAskedRe)
		for _, m := range durationRe.FindAllStringIndex(text, -1) {
			if !laterAsked && nextWord(text[m[1]:]) == "later" {
				continue // "A year later, Obama called her" is no length of a stay
			}
			if !pointInTime(text[m[1]:]) || sinceAsked && agoAfter(text[m[1]:]) {
				return 1
			}
		}
		if unitsRe.MatchString(text) {
			return 1 // "known in seconds", "for years"
		}
		for _, m := range pagesRe.FindAllStringSubmatch(text, -1) {
			// "how long was the ruling?": "his 60-page ruling", the pages
			// of the very thing asked about.
			for _, noun := range m[1:] {
				if t := qr.Word(noun); t != "" && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Credit([]string{t}) >= match.CreditCorrected }) {
					return 1
				}
			}
		}
	case question.Which:
		if listRe.MatchString(text) {
			return 1
		}
		return nameScore(qr, text, isName) / 2
	case question.Why:
		if reasonWords.In(text) && (reasonRe.MatchString(text) || givenAsReason(text)) {
			return 1
		}
	case question.What:
		if qr.Question.Purpose && aimRe.MatchString(text) {
			return 1
		}
		if qr.Asks(nameAskedRe) && namingRe.MatchString(text) {
			return 1 // "what is Trump's Boeing called?": "often referred to as Trump Force One"
		}
	}
	return 0
}

// nameAskedRe asks what something is called: "what is the plane
// called?", "what's it known as", "what was the ship named?", "what was
// the channel called before?".
var nameAskedRe = regexp.MustCompile(`(?i)^\W*what(?:\s+|['’]s\s+).*\b(called|named|nicknamed|dubbed|known\s+as)(?:\s+(?:` + question.FormerTimes + `))?\W*$`)

// namingRe gives a name: "often referred to as Trump Force One", "known
// as “the Beast”", "dubbed the Iron Lady".
var namingRe = regexp.MustCompile(`\b(?:called|named|nicknamed|dubbed|known\s+as|referred\s+to\s+as)\s+(?:the\s+)?(?:["“‘']\p{L}|\p{Lu})`)

// nameScore is 1 for a sentence that names someone the question does not
// (two capitalised words in a row), 0.6 for one capitalised word, else 0.
// A sentence's first word is capitalised anyway: it counts only as the
// start of a name of two words or more that the question's own words
// follow closely, as a role follows a name ("Aleksandr Lavrentyev,
// Russia's main negotiator, said" for "who is Russia's top negotiator?"),
// or a word the articles write as a name in the middle of sentences
// ("Bowman was the director", isName).
func nameScore(qr match.Query, text string, isName func(string) bool) float64 {
	toks := qr.Surfaces(text)
	named := func(t term.Token) bool {
		r, _ := firstRuneOf(t.Surface)
		return t.Capitalized && unicode.IsLetter(r) && t.Term != "" && !qr.InQuestion(t.Surface) && !monthOrDay.In(t.Surface)
	}
	opening := func() bool { // the first word starts a name the question's words follow
		end := 1
		for end < len(toks) && named(toks[end]) {
			end++
		}
		if end < 2 {
			return false
		}
		for _, t := range toks[end:min(end+nearRole, len(toks))] {
			if t.Term != "" && qr.InQuestion(t.Surface) {
				return true
			}
		}
		return false
	}
	kin := kinAsked(qr)
	best, run := 0.0, 0
	for i, t := range toks {
		if kin && i > 0 && named(t) && i+1 < len(toks) && toks[i+1].Capitalized && qr.InQuestion(toks[i+1].Surface) {
			return 1 // "who is Cruz's dad?": "his father, Rafael Cruz" bears the family's name
		}
		if run > 0 && quote.IsNameParticle(t.Surface) && i+1 < len(toks) && named(toks[i+1]) {
			continue // "Staffan de Mistura": the particle goes on the name
		}
		if i > 0 && run == 0 && firstNameStop(t) && i+1 < len(toks) && named(toks[i+1]) {
			run++ // "Mayor Don Guardian": a first name that is a stop word too
			continue
		}
		known := i == 0 && named(t) && isName != nil && isName(t.Term)
		if !named(t) || i == 0 && !known && !opening() {
			run = 0
			continue
		}
		if run++; run >= 2 || i > 0 && match.IsAcronym(t.Surface) {
			return 1 // two capitalised words, or an acronym: "led by the UN"
		}
		if i > 0 || known {
			best = 0.6
		}
	}
	return best
}

// firstNameStop reports a capitalised word with no index term that may
// be a first name in mid-sentence ("Don", "Will"), not a word that
// opens an organisation's or a work's name there ("The", "Of").
func firstNameStop(t term.Token) bool {
	if !t.Capitalized || t.Term != "" {
		return false
	}
	switch strings.ToLower(t.Surface) {
	case "the", "a", "an", "of", "in", "and", "or", "for", "to", "on", "at", "by", "with", "from", "as", "i":
		return false
	}
	return true
}

// nearRole is how many words after a name its role may take to reach a
// word of the question.
const nearRole = 4

// citesSource reports whether the text before "to" makes what follows a
// source, not a place: "according to Reuters".
func citesSource(before string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " ")), "according")
}

// placeAsked reports a question that asks where a place is: "where is
// Astana?".
func placeAsked(qr match.Query, place string) bool {
	lower := strings.ToLower(qr.Question.Text)
	for _, open := range []string{"where is ", "where was ", "where's "} {
		if rest, ok := strings.CutPrefix(lower, open); ok {
			return strings.HasPrefix(strings.TrimPrefix(rest, "the "), strings.ToLower(place))
		}
	}
	return false
}

// placeInQuestion reports a place after a preposition whose name the
// question holds whole: "at Fort Le Boeuf" answers "where was the fort
// built?" though "Fort" is a word of the question; the capitalised words
// after the first one count too. A place the question's place holds,
// named after it, is another place: "in Kazakhstan's capital, Astana"
// answers "where in Kazakhstan …?".
func placeInQuestion(qr match.Query, first, after string) bool {
	if !qr.InQuestion(strings.TrimRight(first, ".")) {
		return false
	}
	if m := partOfPlace.FindStringSubmatch(after); m != nil && !qr.InQuestion(m[1]) {
		return false
	}
	for _, w := range strings.Fields(after) {
		w = strings.TrimRight(w, ".,;:!?)")
		r, ok := firstRuneOf(w)
		if !ok || !unicode.IsUpper(r) && !quote.IsNameParticle(w) {
			break
		}
		if unicode.IsUpper(r) && !qr.InQuestion(w) {
			return false
		}
	}
	return true
}

// timeUnitRe names a unit of time.
var timeUnitRe = regexp.MustCompile(`(?i)\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\b`)

// sizeAskedRe finds a question about size, and sizeComparedRe a
// sentence that gives one by comparison: "how big is the council?" is
// answered by a figure or by "the biggest bloc in the coalition".
var (
	sizeAskedRe    = regexp.MustCompile(`(?i)\bhow (?:big|large)\b`)
	sizeComparedRe = regexp.MustCompile(`(?i)\b(?:bigger|biggest|larger|largest|smaller|smallest)\b`)
)

// costAskedRe asks what something costs, and costComparedRe finds a
// sentence that tells it by comparison: "costs more than …", "cheaper
// than …".
var (
	costAskedRe    = regexp.MustCompile(`(?i)\bhow much\b.*\b(?:cost|costs|costing|price|priced|charge|charged)\b`)
	costComparedRe = regexp.MustCompile(`(?i)\b(?:costs?|costing|priced|charged?)\s+(?:far\s+|much\s+|a\s+lot\s+|twice\s+as\s+much\s+)?(?:more|less)\b[^.;]{0,60}\bthan\b|\b(?:cheaper|dearer|pricier|costlier|more\s+expensive|less\s+expensive)\s+than\b`)
)

// moneyAskedRe asks "how much" of money: a cost, a price, a sum paid or
// given; its group is the word that asks it.
var moneyAskedRe = regexp.MustCompile(`(?i)\bhow much\b.*\b(money|cost|costs|costing|pay|pays|paid|spend|spends|spent|worth|charge|charged|owe|owed|earn|earned|fined|give|gives|gave|given|donate|donates|donated|contribute|contributes|contributed|raise|raises|raised|lend|lends|lent)\b`)

// vagueCounts are the words that count without a figure: "thousands of
// protesters" answers how many less surely than "6,000 protesters".
var vagueCounts = map[string]bool{
	"hundreds": true, "thousands": true, "millions": true, "billions": true, "dozens": true,
}

// countOnlyRe asks how many of something there are, and moneyNamedRe
// finds a question that counts money itself ("how many dollars", "how
// many millions"): only those are answered by a sum of money.
var (
	countOnlyRe  = regexp.MustCompile(`(?i)\bhow many\b`)
	moneyNamedRe = regexp.MustCompile(`(?i)\bhow many\s+(?:(?:thousands?|millions?|billions?)\s+(?:of\s+)?)?(?:dollars?|euros?|pounds?|yuan|yen|rubles?|roubles?|rupees?|francs?|lira|pesos?|cents?)\b|\bhow many\s+(?:thousands|millions|billions)\b`)
)

// moneyBefore and moneyAfter are the marks of a sum of money around a
// number: "$40 million", "40 million dollars", "€2bn".
var (
	moneyBefore = regexp.MustCompile(`(?i)(?:[$€£¥₽]|\b(?:usd|eur|gbp|us\$))\s*$`)
	moneyAfter  = regexp.MustCompile(`(?i)^\s*(?:(?:thousand|million|billion|trillion|bn|m|k)\s+)?(?:dollars?|euros?|pounds?|yuan|yen|rubles?|roubles?|rupees?|francs?|lira|pesos?|cents?|usd|eur|gbp)\b`)
)

// isMoney reports a number written as a sum of money.
func isMoney(before, after string) bool {
	return moneyBefore.MatchString(before) || moneyAfter.MatchString(after)
}

// shareAskedRe asks for a share of a whole: a percentage, a proportion.
var shareAskedRe = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction)\b|\bhow many percent\b`)

// isShare reports whether a number the numbers pattern found, with the
// text after it, writes a share: "percent", "%", "half", or a number
// before them ("24 percent", "Twenty-four percent").
func isShare(number, after string) bool {
	switch strings.ToLower(number) {
	case "percent", "%", "half":
		return true
	}
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "-") { // "Twenty-four", "50-percent"
		word := strings.ToLower(after[1 : 1+strings.IndexFunc(after[1:]+" ", func(r rune) bool { return !unicode.IsLetter(r) })])
		if fractionWords[word] {
			return true // "one-third", "two-thirds"
		}
		after = strings.TrimLeftFunc(after[1:], unicode.IsLetter)
		after = strings.TrimLeft(after, " -")
		if strings.HasPrefix(strings.ToLower(after), "percent") || strings.HasPrefix(after, "%") {
			return true
		}
		after = strings.TrimLeft(after, " ")
	}
	low := strings.ToLower(after)
	return strings.HasPrefix(after, "%") || strings.HasPrefix(low, "percent") || strings.HasPrefix(low, "per cent")
}

// fractionWords name a part after a number and a hyphen: "one-third",
// "three-quarters".
var fractionWords = map[string]bool{
	"half": true, "halves": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fourth": true, "fourths": true, "fifth": true, "fifths": true, "sixth": true, "sixths": true,
	"eighth": true, "eighths": true, "tenth": true, "tenths": true,
}

// timeNumber reports a number that measures or dates a time rather than
// counts something: "40-minute", "four days", "Sept. 22", "in 2011".
// measuresAsked reports a number's unit joined to it that measures a
// thing the question asks about: "how much notice did they get?" of "a
// 60-day notice" (after is "-day notice …").
func measuresAsked(qr match.Query, after string) bool {
	rest, ok := strings.CutPrefix(after, "-")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) < 2 {
		return false
	}
	return slices.Contains(qr.Question.Terms(), qr.Word(strings.TrimRight(words[1], ".,;:!?)\"”’")))
}

func timeNumber(before, number, after string) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(strings.TrimPrefix(after, "-"), " "), " ")
	if timeUnitRe.MatchString(next) && timeUnitRe.FindString(next) == strings.TrimRight(next, ".,;:!?)\"”’") {
		return true
	}
	if monthName(strings.TrimRight(next, ",;:!?)")) && len(number) <= 2 && strings.Trim(number, "0123456789") == "" {
		return true // a day before its month: "24 August", "3 October 1572"
	}
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if start := strings.TrimRight(last, "-–"); start != last && start != "" && strings.Trim(start, "0123456789,") == "" {
		// The other end of a range ("January 23-24", "2014–2016") is
		// a time when its start is.
		return timeNumber(strings.TrimSuffix(before, last), start, after)
	}
	prev := strings.ToLower(strings.TrimRight(last, ".,"))
	if monthOrDay.In(prev) {
		return true
	}
	switch prev {
	case "in", "since", "until", "by", "from", "of", "early", "late", "mid":
		return yearRe.MatchString(number)
	}
	return false
}

// deathWordReach is how far from a figure, in bytes either way, a word
// of death must stand for the figure to count the dead.
const deathWordReach = 40

// nearDeathWord reports a word news counts the dead by near the figure at
// loc: "killed 300,000 to 400,000 people", "5,000 to 30,000 were
// killed", "one Syrian killed every 25 minutes".
func nearDeathWord(text string, loc []int) bool {
	from, to := max(0, loc[0]-deathWordReach), min(len(text), loc[1]+deathWordReach)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	if lostBeforeRe.MatchString(text[:loc[0]]) || lostLivesRe.MatchString(text[from:to]) {
		return true // "we lost 250 Americans in Beirut", "300 lost their lives"
	}
	return slices.ContainsFunc(term.Of(text[from:to]), match.DeathTerm)
}

// deadBeforeRe ends the text before a figure of the dead ("has killed
// 300,000", "killed 300,000 to 400,000"); deadAfterRe opens the text after one ("5,000 to 30,000 were
// killed", "14 dead").
var (
	deadBeforeRe = regexp.MustCompile(`(?i)\b(?:killed|killing|kills|kill|claimed|claiming)\s+(?:(?:about|some|nearly|almost|over|roughly|around|up\s+to|at\s+least|more\s+than)\s+)?(?:[\d,.]+\s*(?:to|and|or|-|–)\s*)?$`)
	deadAfterRe  = regexp.MustCompile(`(?i)^(?:\s*(?:to|and|or|-|–)\s*[\d,.]+(?:\s+(?:million|thousand|hundred))?)?(?:\s+[\pL-]+){0,2}?\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:killed|dead|deaths|died|slain|murdered|massacred|fatalities|perished)\b`)
)

// countsDead reports a figure at loc that counts the dead, bound to its
// word of death: "has killed 300,000 people", "5,000 were killed"; not a
// figure that only stands near one ("nearly three-quarters were killed
// or submitted, roughly 500,000 had fled").
func countsDead(text string, loc []int) bool {
	return deadBeforeRe.MatchString(text[:loc[0]]) || deadAfterRe.MatchString(text[loc[1]:])
}

// figurePlaceRe opens the text after a figure with the place it was
// counted in: "130 people in Paris". askedInRe finds the place a
// question counts in: "how many died in Brussels".
var (
	figurePlaceRe = regexp.MustCompile(`^(?:\s+[\pL'’-]+){0,2}?\s+in\s+(\p{Lu}[\pL.'’-]+)`)
	askedInRe     = regexp.MustCompile(`(?i)\bin\s+([\pL.'’-]+)`)
)

// placedElsewhere reports a figure counted in another place than the
// one the question asks of, by name: asked how many died in Brussels,
// "attacks that killed 130 people in Paris".
func placedElsewhere(qr match.Query, after string) bool {
	m := figurePlaceRe.FindStringSubmatch(after)
	if m == nil || qr.InQuestion(m[1]) || monthOrDay.In(m[1]) {
		return false
	}
	asked := qr.AskedMatch(askedInRe)
	return asked != nil && slices.ContainsFunc(qr.Words, func(w match.Word) bool {
		return w.NameLike && strings.EqualFold(w.Surface, asked[1])
	})
}

// harmAskedRe asks of harm that a count of the dead may answer:
// casualties, victims, the toll, lives lost.
var harmAskedRe = regexp.MustCompile(`(?i)\b(?:casualt(?:y|ies)|victims?|toll|lives|lost|losses|injur(?:ed|ies|y)|wounded|hurt|harmed|affected|suffered|war|wars|conflict|attack|attacks|bombing|shooting|massacre|genocide)\b`)

// lostBeforeRe ends the text before a figure of people lost, as news
// counts the dead: "we lost 250 Americans", "lost nearly 3,000".
var lostBeforeRe = regexp.MustCompile(`(?i)\blos(?:t|e|es|ing)\s+(?:(?:about|some|nearly|almost|over|roughly|around|at\s+least|more\s+than)\s+)?$`)

// lostLivesRe finds lives lost: "lost their lives", "the lives lost".
var lostLivesRe = regexp.MustCompile(`(?i)\blos(?:t|e|es|ing)\s+(?:their|his|her|its)\s+lives?\b|\blives\s+(?:were\s+|was\s+)?lost\b`)

// monthName reports a month's name or its short form ("October", "Oct.",
// "Sept"), not a word that only begins like one ("marines", "mayors").
func monthName(w string) bool {
	m, ok := document.Month(w)
	lower := strings.ToLower(strings.TrimSuffix(w, "."))
	return ok && strings.HasPrefix(strings.ToLower(m.String()), lower)
}

// pronounOne reports a "one" that stands for a person or a thing, not a
// count: the subject of a modal or an auxiliary ("one cannot resolve
// issues like this", "one needs to give time"), or one picked out of
// others ("Veltra, one of the main ports of the south"), or that a
// relative clause tells ("to make the campaign into one that can win"),
// or "one another", or that picks a time ("one evening").
func pronounOne(number, after string) bool {
	if !strings.EqualFold(number, "one") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	next = strings.TrimRight(next, ",.;:!?")
	return modalWords.In(next) || strings.EqualFold(next, "of") || strings.EqualFold(next, "another") || relativeWords.In(next) ||
		dayParts.In(next) // "early one evening": some evening, no count
}

// relativeWords open a relative clause.
var relativeWords = newWordSet("that", "who", "which", "whose", "whom")

// modalWords are the modals and auxiliaries that a pronoun "one" is the
// subject of.
var modalWords = newWordSet("can", "cannot", "could", "must", "should", "would", "will", "may", "might",
	"needs", "has", "had", "is", "was", "does", "did", "ought", "shall")

// pointInTime reports whether the word after a length of time makes it a
// point in time or an age, not a duration: "a year ago", "40 years old".
// "later" and "before" are left alone: "four days later" answers "how
// long after…?", and "five to ten years before significant production"
// is a duration.
func pointInTime(after string) bool {
	switch nextWord(after) {
	case "ago", "old":
		return true
	}
	return false
}

// laterAskedRe finds a question on the time between two events, which
// "four days later" answers: "how long after the vote…", "how long did
// it take", "how long until…".
var laterAskedRe = regexp.MustCompile(`(?i)\b(?:after|later|before|until|till|between|take|took|takes|taking|wait|waited)\b`)

// mannerRe finds figures that tell a manner, not a count: "one-on-one",
// "one by one", "two by two", "divided in two".
var mannerRe = regexp.MustCompile(`(?i)\b(one|two)(?:-on-|-to-|-by-|\s+by\s+)(one|two)\b|\b(?:divided|divides|divide|split|splits|cut|cuts|broke|broken|breaks|torn|tore)\s+(?:(?:it|them|themselves|itself)\s+)?(?:in|into)\s+(?:two|three|four)\b`)

// labelBeforeRe closes the text before a figure that labels, not counts:
// "No. 4", "#2".
var labelBeforeRe = regexp.MustCompile(`(?:\b[Nn]o\.|#)\s*$`)

// inManner reports a figure at loc inside a manner (mannerRe).
func inManner(text string, loc []int) bool {
	if !strings.Contains(text, "one") && !strings.Contains(text, "two") && !strings.Contains(text, "three") && !strings.Contains(text, "four") {
		return false
	}
	for _, m := range mannerRe.FindAllStringIndex(text, -1) {
		if loc[0] >= m[0] && loc[1] <= m[1] {
			return true
		}
	}
	return false
}

// yearBeforeRe closes the text before a year (a preposition of time);
// yearAfterRe opens the text after the first year of a span.
var (
	yearBeforeRe = regexp.MustCompile(`(?i)\b(?:in|since|from|through|to|until|till|by|between|and|before|after|during|of|circa)\s*$`)
	yearAfterRe  = regexp.MustCompile(`^\s*(?:–|—|-|to\b|through\b|until\b)\s*\d{4}\b`)
)

// yearOf reports a figure that is a year: four digits from 1000 to
// 2099, after a preposition of time ("in 1908", "through 2012") or
// opening a span ("1956–2012").
func yearOf(before, figure, after string) bool {
	if yearRe.FindString(figure) != figure {
		return false
	}
	return yearBeforeRe.MatchString(before) || yearAfterRe.MatchString(after)
}

// timesAskedRe asks how many times something happened; timesSaidRe
// counts them in a word: "twice", "only once".
var (
	timesAskedRe = regexp.MustCompile(`(?i)\bhow many times\b`)
	timesSaidRe  = regexp.MustCompile(`(?i)\b(?:twice|thrice|(?:only|just|but)\s+once)\b`)
)

// agoAfter reports whether a length of time is followed by "ago".
func agoAfter(after string) bool { return nextWord(after) == "ago" }

// nextWord returns the first word of s, lower-cased, without the
// punctuation after it.
func nextWord(s string) string {
	next, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return strings.ToLower(strings.TrimRight(next, ".,;:!?)"))
}

func firstRuneOf(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// indefinites open a mention of some of a kind, not named ("a city" is
// left out: "a new city near the capital Zhongdu" goes on to name it).
var indefinites = map[string]bool{
	"some": true, "several": true, "many": true, "few": true, "other": true,
	"certain": true, "various": true, "numerous": true, "multiple": true, "dozens": true,
}

// namingWords after a mention of a kind go on to name its members:
// "groups including …", "countries such as …".
var namingWords = map[string]bool{"including": true, "such": true, "like": true, "namely": true, "among": true}

// kindWeight is what a sentence that names things of the kind a "which"
// question asks for adds to its score.
const kindWeight = 0.15

// namesKind reports whether text names things of the kind a "which …?"
// question asks for: the noun, met by stem, with a name the question does
// not give close by. "Which militias fight for Assad?" is answered by
// "… Shi'ite militia fighters from Lebanon and Iraq". A sentence without
// the noun may still answer ("which group said…" by "The Syrian National
// Council said…"), so the noun is no topic word a sentence must meet,
// only evidence where it names someone.
func namesKind(qr match.Query, text string) bool {
	q := qr.Question
	if q.Kind == question.What && q.TypeNoun != "" {
		return officeBesideName(qr, text) // "what job did Bannon get?"
	}
	if q.Kind != question.Which && q.Kind != question.Where || q.TypeNoun == "" {
		return false // "which states …?" asks where, and is answered so too
	}
	if namesNear(qr, text, qr.Word(q.TypeNoun)) {
		return true
	}
	// "which senator?": "Sen. Marco Rubio" names one.
	noun := strings.ToLower(q.TypeNoun)
	abbrs := quote.TitleAbbreviations(noun)
	if len(abbrs) == 0 {
		abbrs = quote.TitleAbbreviations(strings.TrimSuffix(noun, "s"))
	}
	for _, a := range abbrs {
		if titledName(qr, text, a) {
			return true
		}
	}
	return false
}

// officeReach is how many words from a person's name officeBesideName
// reads for their office.
const officeReach = 4

// officeBesideName reports whether text gives an office (quote.IsOffice)
// the question does not, within a few words of a name it does: asked
// what job Bannon got, "Breitbart News executive Stephen Bannon as CEO of
// Donald Trump's campaign" gives two.
func officeBesideName(qr match.Query, text string) bool {
	toks := qr.Tokenize(text)
	for i, t := range toks {
		if !t.Capitalized || t.Term == "" || !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.NameLike && w.NameCredit([]string{t.Term}) > 0 }) {
			continue
		}
		for _, o := range toks[max(0, i-officeReach):min(len(toks), i+officeReach+1)] {
			if quote.IsOffice(o.Surface) && !qr.InQuestion(o.Surface) {
				return true
			}
		}
	}
	return false
}

// titledName reports whether text writes the abbreviated title abbr
// ("sen" of "Sen.") before a name the question does not give.
func titledName(qr match.Query, text, abbr string) bool {
	toks := qr.Tokenize(text)
	for i, t := range toks[:max(len(toks)-1, 0)] {
		if n := toks[i+1]; t.Capitalized && strings.EqualFold(strings.TrimSuffix(t.Surface, "."), abbr) && n.Capitalized && n.Term != "" && !qr.InQuestion(n.Surface) {
			return true
		}
	}
	return false
}

// namesNear reports whether text holds the noun of term want, met by
// stem, with a name the question does not give close by (a month or a
// day is none: "the sponsors on January 22").
func namesNear(qr match.Query, text, want string) bool {
	toks := qr.Tokenize(text)
	for i, t := range toks {
		if want != "" && t.Term == want && t.Capitalized && i > 0 && namesHead(qr, toks, i) {
			return true // "the University of Pennsylvania's Wharton School" names a school
		}
		if want == "" || t.Term != want || t.Capitalized && i > 0 {
			continue // a name ("the Sponsors Guild"), but the sentence's first word ("Sponsors Russia, Iran …")
		}
		for k := max(i-nearKindName, 1); k < min(i+nearKindName+1, len(toks)); k++ {
			if otherName(qr, toks[k]) {
				return true
			}
		}
	}
	return false
}

// namesHead reports whether toks[i], a capitalised word, ends a name
// the question does not give: the noun a name of its kind ends with
// ("Wharton School", "Lehigh University"), not one inside another's name
// ("the Sponsors Guild").
func namesHead(qr match.Query, toks []term.Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Capitalized && !toks[i+1].AfterBreak {
		return false
	}
	return !toks[i-1].AfterBreak && otherName(qr, toks[i-1])
}

// otherName reports a capitalised word that carries a topic, is no month
// or day, and is not the question's: a name the question does not give.
func otherName(qr match.Query, t term.Token) bool {
	return t.Capitalized && t.Term != "" && !qr.InQuestion(t.Surface) && !monthOrDay.In(t.Surface)
}

// partyState is the party and state American news writes after a
// lawmaker's name: "Bob Corker (R-Tenn.)", "Sen. Mike Lee, R-Utah,".
// Group 1 is the name's last word, group 2 the state.
var partyState = regexp.MustCompile(`([\p{L}'’-]+)(?:\s+\(|,\s+)[RDI]-([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)[),]`)

// partyStateOf reports whether text gives the state of a lawmaker the
// question names (partyState): asked where Corker is from, "Bob Corker
// (R-Tenn.)" answers, and "Robert Menendez (D-N.J.)" does not.
func partyStateOf(qr match.Query, text string) bool {
	if !strings.Contains(text, "R-") && !strings.Contains(text, "D-") && !strings.Contains(text, "I-") {
		return false // most sentences: the expression is not run
	}
	for _, m := range partyState.FindAllStringSubmatch(text, -1) {
		if qr.InQuestion(m[1]) && !qr.InQuestion(strings.TrimRight(m[2], ".")) {
			return true
		}
	}
	return false
}

// schoolAskedRe asks where someone studied: "where did she go to
// college?", "where did he go to school?"; schoolNamedRe names a school,
// which answers it as a place does.
var (
	schoolAskedRe = regexp.MustCompile(`(?i)\b(?:college|university|school)\b`)
	schoolNamedRe = regexp.MustCompile(`\b(?:[A-Z][\p{L}'’.-]+\s+)+(?:College|University|School|Institute|Academy)\b|\bUniversity of [A-Z]`)
)

// dateNameRe finds a month or a weekday, as news writes them.
var dateNameRe = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// timeGapWords is how many words before a time timeOfQuestionWord reads
// for the question's verb: "expires at the end of the year".
const timeGapWords = 4

// timeOfQuestionWord reports whether, for a "when" question, text gives
// a time right after the question's last word, its verb as a "when"
// question puts it ("when does the act expire?"), when that is no name:
// asked when the act expires, "the act, which expires at the end of the
// year" times its expiry, where "would renew through 2026 the expiring
// act" times the renewal, and "joined the war a year ago" does not time
// how long the war has gone on.
func timeOfQuestionWord(qr match.Query, text string) bool {
	if qr.Question.Kind != question.When || len(qr.Words) == 0 {
		return false
	}
	last := qr.Words[len(qr.Words)-1]
	if last.NameLike || last.Name {
		return false
	}
	var starts []int
	for _, re := range []*regexp.Regexp{relTimeRe, yearRe, dateNameRe} {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			starts = append(starts, loc[0])
		}
	}
	for _, at := range starts {
		words := strings.Fields(text[:at])
		if len(words) == 0 || strings.ContainsAny(words[len(words)-1], ",;:") {
			continue
		}
		// Back over words of no content ("at the") to the first that
		// has some: the question's verb, or no time of it ("died in
		// Shangdu in 1328").
		for k := len(words) - 1; k >= max(0, len(words)-timeGapWords); k-- {
			ts := qr.TermsOf(words[k])
			if len(ts) == 0 {
				if strings.ContainsAny(words[k], ",;:") {
					break
				}
				continue
			}
			if last.Credit(ts) >= match.CreditCorrected {
				return true
			}
			break
		}
	}
	return false
}

// placeOfQuestionWord reports whether, for a "where" question, text
// gives a place right after one of the question's words: "the
// discussion that took place at the Dutch Mission" says where what the
// question asks about took place, where "the meeting took place days
// after …" only speaks of it.
func placeOfQuestionWord(qr match.Query, text string) bool {
	if qr.Question.Kind != question.Where {
		return false
	}
	if partyStateOf(qr, text) {
		return true
	}
	for _, m := range placePrep.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[6]:m[7]]
		if monthOrDay.In(name) || citesSource(text[:m[0]]) {
			continue
		}
		if pm := partOfPlace.FindStringSubmatch(text[m[7]:]); pm != nil && qr.InQuestion(pm[1]) {
			return true // "where is Astana?": "in Kazakhstan's capital, Astana"
		}
		if placeInQuestion(qr, name, text[m[7]:]) {
			continue
		}
		before := strings.TrimRight(text[:m[0]], " ")
		prev := before[strings.LastIndexAny(before, " ,;:(\"“")+1:]
		if prev != "" && qr.InQuestion(prev) {
			return true
		}
		// "where did the meeting happen?": "… took place at the Dutch
		// Mission", a verb of several words meeting the question's.
		if k := strings.LastIndexByte(before, ' '); k > 0 {
			last := before[strings.LastIndexByte(before[:k], ' ')+1:] // its two last words
			if len(qr.PhraseTerms(last, qr.TermsOf(last))) > 0 {
				return true
			}
		}
	}
	return false
}

// placedOtherwise reports a sentence that puts something in, at or on a
// thing the question does not name: "in committee", "at the border".
func placedOtherwise(qr match.Query, text string) bool {
	for _, m := range commonPlaceRe.FindAllStringSubmatch(text, -1) {
		if t := qr.Word(m[1]); t != "" && !qr.InQuestion(m[1]) && !relatedToAWord(qr, t) {
			return true
		}
	}
	return false
}

// commonPlaceRe is a preposition of place and the noun after it, with
// "the" or "a" between: "in committee", "at the border".
var commonPlaceRe = regexp.MustCompile(`\b(?:in|at|on|inside|within)\s+(?:the\s+|a\s+)?([a-z][a-z-]+)`)

// nearKindName is how many words from the noun of a kind a name may be
// and still be one of that kind: "militia fighters from Lebanon", "the
// guilds of Veltra", "the Hanseatic merchants' guild".
const nearKindName = 3

// unnamedKind reports whether text speaks of the kind a "which" question
// asks for only as some of that kind, without naming them: "some major
// groups have said they will not attend" does not say which group will
// not. The noun is met by stem, after an indefinite word or a number and
// up to two adjectives, and is not followed by a name or a word that goes
// on to name them.
func unnamedKind(noun, text string) bool {
	want := term.Word(noun)
	toks := term.Tokenize(text)
	for i, t := range toks {
		if t.Term != want || t.Capitalized {
			continue
		}
		k := i - 1
		for k >= 0 && i-k <= 2 && toks[k].Term != "" && !toks[k].Capitalized && !indefinites[strings.ToLower(toks[k].Surface)] && !term.IsNumber(toks[k].Surface) {
			k-- // an adjective: "some major groups"
		}
		if k < 0 {
			continue
		}
		if w := strings.ToLower(toks[k].Surface); !indefinites[w] && !term.IsNumber(w) {
			continue
		}
		named := false
		for _, n := range toks[i+1 : min(i+3, len(toks))] {
			if n.Capitalized || namingWords[strings.ToLower(n.Surface)] {
				named = true
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// wordSet is a set of lower-case ASCII words, found in a text as a
// case-insensitive regexp of them between \b would find them, in one
// pass and without backtracking.
type wordSet struct {
	words  map[string]bool
	maxLen int
}

// newWordSet makes a wordSet of lower-case words.
func newWordSet(words ...string) wordSet {
	ws := wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		ws.words[w] = true
		ws.maxLen = max(ws.maxLen, len(w))
	}
	return ws
}

// Has reports whether w, one word in lower case (an index term), is one
// of the set's: a lookup, where In reads a text.
func (ws wordSet) Has(w string) bool { return ws.words[w] }

// In reports whether one of the set's words stands in text as a whole
// word: a run of ASCII letters, digits and underscores, in any case.
func (ws wordSet) In(text string) bool { return ws.InExcept(text, nil) }

// InExcept is In, leaving out the words skip reports (lower case).
func (ws wordSet) InExcept(text string, skip func(string) bool) bool {
	var buf [32]byte
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if n := j - i; n <= ws.maxLen && n <= len(buf) {
			for k := 0; k < n; k++ {
				c := text[i+k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if ws.words[string(buf[:n])] && (skip == nil || !skip(string(buf[:n]))) {
				return true
			}
		}
		i = j
	}
	return false
}

// isClockTime reports whether text gives a time of day; each regexp is
// run only on a text holding what it needs.
func isClockTime(text string) bool {
	return strings.ContainsAny(text, "0123456789") && clockRe.MatchString(text) || dayParts.In(text) && dayPartRe.MatchString(text)
}

// mayHoldNumber reports whether numberRe can find anything in text: a
// digit, "%" or a number's word.
func mayHoldNumber(text string) bool {
	return strings.ContainsAny(text, "0123456789%") || numberWords.In(text)
}

// isWordByte reports a byte of regexp's \w: an ASCII letter, digit or
// underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// countedRe finds the words after "how many", the noun it counts among
// them: "how many soldiers", "how many people", "how many French
// Catholics".
var countedRe = regexp.MustCompile(`(?i)\bhow many ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?`)

// countedMet reports whether a sentence, with its neighbours and
// headline (ctx), meets w, the noun a "how many" question counts
// (countedNoun; ok false for none), as
// written, corrected or by a related word: a figure that counts something
// else ("300,000 people" for "how many soldiers") is no answer, though
// the two words' vectors are near. A question that counts no plural noun
// ("how many died", "how many people") is met.
func countedMet(w match.Word, ok bool, ctx [][]string) bool {
	return !ok || slices.ContainsFunc(ctx, func(ts []string) bool { return w.Credit(ts) > match.CreditNear })
}

// costedRe finds what a question asks the cost of: "how much did the
// Mexico wall cost?" (the words before "cost").
var costedRe = regexp.MustCompile(`(?i)\bhow much (?:did|does|do|will|would|could|should|has|have|had)\s+(.+?)\s+cost\b`)

// costedNoun returns the question's word for the thing whose cost it
// asks, the last word before "cost" ("wall" of "how much did the Mexico
// wall cost?"), when that is a common noun; false for none ("how much
// did it cost?").
func costedNoun(qr match.Query) (match.Word, bool) {
	m := qr.AskedMatch(costedRe)
	if m == nil {
		return match.Word{}, false
	}
	words := strings.Fields(m[1])
	head := strings.ToLower(strings.Trim(words[len(words)-1], ".,;:!?\"'’"))
	if term.IsStop(head) {
		return match.Word{}, false
	}
	for _, w := range qr.Words {
		if strings.ToLower(w.Surface) == head && !w.NameLike {
			return w, true
		}
	}
	return match.Word{}, false
}

// countsOthersOnly reports a sentence whose every figure counts a noun
// it names, none the one asked (w, as countedMet reads it), when the
// noun asked is only around it:
// "how many sides are in the war?" is not answered by "… has killed
// 300,000 to 400,000 people", though the next sentence speaks of sides.
func countsOthersOnly(w match.Word, ok bool, text string, own []string) bool {
	if !ok || w.Credit(own) > match.CreditNear {
		return false
	}
	cs := countsIn(text)
	return len(cs) > 0 && !slices.ContainsFunc(cs, func(c counted) bool {
		// "Four thousand emigrated": a figure's magnitude is no noun
		return magnitudes.In(c.noun) || w.Credit([]string{c.noun}) > match.CreditNear
	})
}

// magnitudes are the terms of the words that say a figure's size, which
// follow its number as a noun would ("four thousand").
var magnitudes = newWordSet(term.Word("hundred"), term.Word("thousand"), term.Word("million"), term.Word("billion"), term.Word("trillion"), term.Word("dozen"))

// countedNoun returns the question's word for the plural noun a "how
// many" question counts ("how many soldiers"); false when it counts none
// ("how many died", "how many people").
func countedNoun(qr match.Query) (match.Word, bool) {
	m := qr.AskedMatch(countedRe)
	if m == nil {
		return match.Word{}, false
	}
	// The first plural noun, past words that qualify it ("French"), not
	// past a small word ("how many were in Langlade's expedition"); one
	// not in "s" ("people") counts nothing to tell apart.
	noun := ""
	for _, w := range m[1:] {
		w = strings.ToLower(w)
		if countQualifiers.In(w) {
			continue // "how many same sex couples", "how many other groups"
		}
		if w == "" || term.IsStop(w) {
			break
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			noun = w
			break
		}
		if irregularPlurals.In(w) {
			break // "how many people attend talks" counts people
		}
	}
	if noun == "" || noun == "times" {
		// "how many times?" counts what happened, in any words: "twice".
		return match.Word{}, false
	}
	return askedWord(qr, noun)
}

// askedWord returns the question's word written surface, in any case;
// false when the question has none.
func askedWord(qr match.Query, surface string) (match.Word, bool) {
	for _, w := range qr.Words {
		if strings.ToLower(w.Surface) == surface {
			return w, true
		}
	}
	return match.Word{}, false
}

// countedPredicateRe finds what a "how many" question says of the things
// it counts, after "were" or "have been": "classified" of "how many
// emails were classified".
var countedPredicateRe = regexp.MustCompile(`(?i)\bhow many [a-z]+(?: [a-z]+)? (?:were|was|are|is|have been|has been|had been|will be|got) ([a-z]+)`)

// countedPredicate returns the question's word for the participle a "how
// many" question says of what it counts ("classified" of "how many emails
// were classified"); false for none. A figure that counts the things
// without it counts others: "thousands of work-related messages" are not
// the classified ones, though the next sentence speaks of classified
// markings.
func countedPredicate(qr match.Query) (match.Word, bool) {
	m := qr.AskedMatch(countedPredicateRe)
	if m == nil {
		return match.Word{}, false
	}
	p := strings.ToLower(m[1])
	if term.IsStop(p) || !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") {
		return match.Word{}, false
	}
	return askedWord(qr, p)
}

// saidBesideOnly reports a predicate of what is counted (countedPredicate;
// ok false for none) that a sentence's neighbours say and the sentence
// does not: its figure counts the others ("thousands of routine letters"
// after "some letters with stamped seals"). One said nowhere near ("how
// many protesters are expected": "as many as 6,000 protesters") is no
// sign either way.
func saidBesideOnly(w match.Word, ok bool, own []string, ctx [][]string) bool {
	return ok && !countedMet(w, ok, [][]string{own}) && countedMet(w, ok, ctx)
}

// countQualifiers are the stop words that may qualify the noun after
// "how many".
var countQualifiers = newWordSet("same", "other", "such", "more", "own")

// countsOther reports a figure in text that counts another thing than
// the question does, where text names the question's thing elsewhere:
// the plural noun the figure counts, in the text after it ("300,000 to
// 400,000 people", "14 rebel organizations", "dozens of aides"), is not
// met by the question's counted noun as written, by stem, or by a
// related or near word, while the sentence's other words meet it. "How
// many refugees are in Europe?" is not answered by a death toll in a
// sentence that goes on to a refugee crisis; "how many groups?" is by
// "14 rebel organizations", and "how many Huguenots?" still by "3,000
// Protestants", where the sentence names no Huguenots to tell the two
// apart. A noun the articles never write is told apart anyway: "how many
// soldiers?" is not answered by "300,000 people".
func countsOther(qr match.Query, text, before, after string) bool {
	w, ok := countedNoun(qr)
	if !ok {
		return false
	}
	if match.DeathTerm(w.Term) && slices.ContainsFunc(qr.TermsOf(text), match.DeathTerm) {
		return false // "how many deaths?": "has killed 300,000 people" counts the dead by the people killed
	}
	if m := appositeCountRe.FindStringSubmatch(before); m != nil && w.Credit([]string{qr.Word(m[1])}) >= match.CreditNear {
		return false // "Huguenot refugees, an estimated total of 75,000 to 100,000 people" counts the refugees
	}
	if m := joinedFigureRe.FindStringSubmatch(after); m != nil && !strings.EqualFold(m[1], "strong") {
		// "a two-day summit", "a half-measure": the figure is of the
		// word it is joined to ("a 5,000-strong force" counts the force).
		return w.Credit([]string{qr.Word(m[1])}) < match.CreditNear
	}
	noun, between := figureNoun(after)
	if noun == "" || w.Credit([]string{qr.Word(noun)}) >= match.CreditNear {
		return false
	}
	if slices.ContainsFunc(between, func(m string) bool { return w.Credit([]string{qr.Word(m)}) >= match.CreditCorrected }) {
		return false // "12 Grand Slam singles titles" counts Grand Slams
	}
	return w.Credit(qr.TermsOf(text)) > match.CreditNear || !w.Known
}

// oneOfOther reports a "one" before a noun in the singular that is not
// the plural noun the question counts, where text names that noun
// elsewhere: "marriage is between one man and one woman" says how many
// of neither couples nor anything else asked. (figureNoun reads plural
// nouns only.)
func oneOfOther(qr match.Query, number, text, after string) bool {
	if !strings.EqualFold(number, "one") {
		return false
	}
	w, ok := countedNoun(qr)
	if !ok {
		return false
	}
	next := strings.ToLower(nextWord(after))
	if r, ok := firstRuneOf(next); !ok || !unicode.IsLetter(r) || term.IsStop(next) || pluralNoun(next) {
		return false // "one (or more) of the departments"
	}
	return w.Credit([]string{qr.Word(next)}) < match.CreditNear && w.Credit(qr.TermsOf(text)) > match.CreditNear
}

// appositeCountRe ends the text before a figure set off after the noun
// it counts: "the largest group of Huguenot refugees, an estimated total
// of". Group 1 is the noun.
var appositeCountRe = regexp.MustCompile(`(\pL+),\s+(?:[\pL-]+\s+){0,5}$`)

// joinedFigureRe finds the word a figure is joined to by a hyphen.
var joinedFigureRe = regexp.MustCompile(`^-(\pL+)`)

// figureNoun returns the plural noun that a figure counts, from the text
// after it: within three words, past the other end of a range ("to
// 400,000") and a measure's "of" ("dozens of aides", "40 percent of
// voters"), or after a part's "of" ("six of the past seven contests"); "" when none stands there before a clause ends. Before are
// the words between the figure and the noun, which may name what is
// counted as well ("12 Grand Slam singles titles").
func figureNoun(after string) (noun string, before []string) {
	if i := strings.IndexAny(after, ".;:!?()\"“”"); i >= 0 {
		after = after[:i]
	}
	if i := strings.Index(after, ", "); i >= 0 {
		after = after[:i]
	}
	words := strings.FieldsFunc(after, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' })
	for len(words) > 0 && (rangeWords.In(words[0]) || strings.ContainsAny(words[0], "0123456789")) {
		words = words[1:]
	}
	if len(words) > 1 && strings.EqualFold(words[0], "of") {
		// "six of the past seven contests" counts contests.
		for j := 1; j < len(words) && j < 6; j++ {
			if pluralNoun(words[j]) {
				return words[j], words[:j]
			}
		}
	}
	for i := 0; i < len(words) && i < 3; i++ {
		if !pluralNoun(words[i]) {
			continue
		}
		if i+2 < len(words) && strings.EqualFold(words[i+1], "of") {
			for j := i + 2; j < len(words) && j < i+5; j++ {
				if pluralNoun(words[j]) {
					return words[j], words[:j] // a measure: "dozens of aides" counts aides
				}
			}
		}
		return words[i], words[:i]
	}
	return "", nil
}

// rangeWords go on a figure before its noun: the other end of a range,
// a scale ("2 million"), "more".
var rangeWords = newWordSet("to", "and", "or", "million", "millions", "billion", "billions", "thousand",
	"thousands", "hundred", "hundreds", "dozen", "more", "than")

// pluralNoun reports a word that reads as a plural noun: "people" and the
// like, or a word of four letters or more in "s" that is not "ss", "us"
// or "is" ("census", "crisis") nor a function word ("this", "always").
func pluralNoun(w string) bool {
	w = strings.ToLower(w)
	if irregularPlurals.In(w) {
		return true
	}
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !notPlurals.In(w)
}

// irregularPlurals are plural nouns not in "s".
var irregularPlurals = newWordSet("people", "men", "women", "children", "police", "personnel", "staff", "cattle", "mice", "geese", "feet", "teeth")

// notPlurals are words in "s" that are no plural nouns.
var notPlurals = newWordSet("this", "thus", "does", "goes", "hers", "ours", "yours", "theirs", "always",
	"perhaps", "besides", "towards", "afterwards", "whereas", "sometimes", "nevertheless", "was", "has", "its", "his")

// sayingWords report speech: a day right after one dates the saying
// ("De Mistura said Wednesday", "told AFP on Sunday").
var sayingWords = newWordSet("said", "says", "told", "tells", "added", "announced", "stated", "declared", "reported", "tweeted", "wrote")

// askedSaying holds the words of a question about a saying or a report:
// "when did Kirby say …?", "when was it announced?", "when did he talk
// to AFP?", "what day did he make his comments?" ("talks", the meeting,
// is not one).
var askedSaying = newWordSet("say", "says", "said", "tell", "told", "announce", "announced", "report", "reported",
	"comment", "comments", "commented", "remark", "remarks", "statement", "statements", "speak", "spoke", "spoken", "talk", "talked", "claim", "claimed", "tweet", "tweeted", "write", "wrote",
	"add", "added", "publish", "published", "declare", "declared", "state", "stated")

// onlyTheSayingDated reports a text whose every month or day dates its
// saying, within three words after a word of speech: "There is no reason
// … another cycle of war," De Mistura said Wednesday does not answer
// "when will the war end?". A question about a saying is answered by it,
// and a saying dated just after an event dates the event too: "Kerry
// said Monday after talks in London" answers when the talks were.
func onlyTheSayingDated(qr match.Query, text string) bool {
	if askedSaying.In(qr.Question.Text) {
		return false
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
	dated := false
	for i, w := range words {
		if !monthOrDay.In(w) {
			continue
		}
		dated = true
		saying := false
		for _, b := range words[max(0, i-3):i] {
			saying = saying || sayingWords.In(b)
		}
		if !saying || i+1 < len(words) && (strings.EqualFold(words[i+1], "after") || strings.EqualFold(words[i+1], "following")) {
			return false
		}
	}
	return dated
}

// givenAsReason reports "given" introducing a reason ("impossible to
// negotiate given the suffering"), not a passive's "given".
func givenAsReason(text string) bool {
	for _, m := range givenRe.FindAllStringSubmatch(text, -1) {
		switch strings.ToLower(m[1]) {
		case "was", "were", "is", "are", "be", "been", "being", "am", "has", "have", "had", "get", "gets", "got", "getting":
		default:
			return true
		}
	}
	return false
}

// placeOfTitle reports a sentence that gives one of the question's names
// a title with a place before it, the place the title is held for:
// "Ohio Gov. John Kasich", "Vermont Sen. Bernie Sanders".
func placeOfTitle(qr match.Query, text string) bool {
	toks := qr.Tokenize(text)
	for i := 1; i+1 < len(toks); i++ {
		title, place := toks[i], toks[i-1]
		if !title.Capitalized || !quote.IsRole(title.Surface) && !quote.IsRole(title.Surface+".") || !place.Capitalized || place.Term == "" || place.AfterBreak ||
			quote.IsRole(place.Surface) || monthOrDay.In(place.Surface) || qr.InQuestion(place.Surface) {
			continue
		}
		for _, t := range toks[i+1 : min(len(toks), i+4)] {
			if t.Capitalized && t.Term != "" && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.NameLike && w.NameCredit([]string{t.Term}) > 0 }) {
				return true
			}
		}
	}
	return false
}

// eventNamedBy reports a question that names its event by a place: "the
// Astana talks", "the Geneva conference". Asked where it was, the place
// with the larger one it lies in answers ("in Kazakhstan's capital,
// Astana").
// The gathering's noun may be misspelt ("the astana tlaks").
func eventNamedBy(qr match.Query, place string) bool {
	toks := qr.Tokenize(qr.Question.Text)
	for i := 0; i+1 < len(toks); i++ {
		if strings.EqualFold(toks[i].Surface, place) && toks[i+1].Term != "" {
			if t := asWritten(qr, toks[i+1].Term); gatheringTerms.In(t) || t == qr.Word("round") {
				return true
			}
		}
	}
	return false
}
