package question

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

var (
	// discordMarkup matches user, role and channel mentions, custom emoji,
	// timestamps and slash-command mentions: <@123>, <@!123>, <@&123>,
	// <#123>, <:name:123>, <a:name:123>, <t:1700000000:R>, </ask:123>.
	discordMarkup = regexp.MustCompile(`<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>`)
	// massMentions are @everyone and @here.
	massMentions = regexp.MustCompile(`(?i)@(?:everyone|here)\b`)
	// shortcodes are emoji written as :name:.
	shortcodes = regexp.MustCompile(`:[a-z0-9_+-]{2,32}:`)
	// emoticons are :) :-( ;) :D xD <3 and the like, standing alone.
	emoticons = regexp.MustCompile(`(?:^|\s)(?:[:;=8][-']?[()\[\]DPpOo3/\\|*]+|[xX][Dd]+|<3+|\^_*\^)(?:\s|$)`)
	// repeatedPunct is ?? !! ?!? ... runs.
	repeatedPunct = regexp.MustCompile(`([?!.,])[?!.,]+`)
	// contractions of question words: who's, what's, where're.
	contractions = regexp.MustCompile(`(?i)\b(who|what|where|when|why|how|which)(?:'|’)(s|re)\b`)
	// markdown is emphasis, code and spoiler marks.
	markdown = strings.NewReplacer("**", "", "__", "", "~~", "", "||", "", "`", "")
)

// courtesyClauses are whole clauses that carry no question: greetings,
// thanks and sign-offs. They are compared after lower-casing, with
// punctuation taken off.
var courtesyClauses = map[string]bool{
	"hi": true, "hey": true, "hello": true, "hiya": true, "yo": true, "howdy": true,
	"hey there": true, "hi there": true, "hello there": true, "greetings": true,
	"good morning": true, "good afternoon": true, "good evening": true, "morning": true,
	"please": true, "pls": true, "plz": true, "ok": true, "okay": true, "so": true,
	"sorry": true, "quick question": true, "question": true, "one more thing": true,
	"i'm curious": true, "im curious": true, "i am curious": true, "just curious": true,
	"curious": true, "i was wondering": true, "i wonder": true, "lol": true, "haha": true,
	"hmm": true, "um": true, "uh": true, "well": true, "also": true, "and": true,
	"btw": true, "by the way": true, "bot": true, "hey bot": true,
}

// dayGreetings are the courtesyClauses that greet besides greetings.
var dayGreetings = map[string]bool{
	"howdy": true, "greetings": true, "good morning": true, "good afternoon": true,
	"good evening": true, "morning": true, "hey bot": true,
}

// thanksWords thank; ackWords may stand beside them in a message that
// only thanks ("ok thanks", "great, thank you so much for the help").
var (
	thanksWords = map[string]bool{
		"thanks": true, "thank": true, "thx": true, "ty": true, "tysm": true, "tyvm": true,
		"cheers": true, "ta": true, "appreciate": true, "appreciated": true,
	}
	ackWords = map[string]bool{
		"ok": true, "okay": true, "k": true, "great": true, "awesome": true, "cool": true, "nice": true,
		"perfect": true, "good": true, "amazing": true, "excellent": true, "super": true, "got": true,
		"it": true, "that": true, "this": true, "helps": true, "helped": true, "helpful": true,
		"you": true, "u": true, "ya": true, "i": true, "so": true, "much": true, "many": true,
		"very": true, "really": true, "a": true, "lot": true, "ton": true, "bunch": true, "for": true,
		"the": true, "info": true, "answer": true, "help": true, "again": true, "in": true,
		"advance": true, "all": true, "man": true, "bro": true, "dude": true,
	}
)

// onlyThanks reports a clause that thanks and says nothing else.
func onlyThanks(c string) bool {
	words := strings.Fields(bare(c))
	thanks := false
	for _, w := range words {
		switch {
		case thanksWords[w]:
			thanks = true
		case !ackWords[w]:
			return false
		}
	}
	return thanks
}

// courtesy reports a clause that carries no question: a greeting, thanks
// or a sign-off.
func courtesy(c string) bool {
	return courtesyClauses[bare(c)] || onlyThanks(c)
}

// courtesyPrefixes open a question without being part of it. Longer ones
// come first, so "can you tell me" goes before "can you".
var courtesyPrefixes = []string{
	"i was wondering if you could tell me", "i was wondering if you know",
	"i was wondering", "i'm wondering", "im wondering", "i wonder",
	"i'd like to know", "i would like to know", "i want to know", "i wanna know",
	"i'm curious", "im curious", "i am curious", "just curious", "curious",
	"could you please tell me", "can you please tell me", "could you tell me",
	"can you tell me", "would you tell me", "will you tell me", "please tell me",
	"tell me", "do you know", "does anyone know", "anyone know", "any idea",
	"can you remind me", "could you remind me", "remind me", "can you explain", "could you explain",
	"explain to me", "explain", "i read somewhere that", "i read that", "i heard that", "i heard",
	"someone told me that", "someone said that",
	"do you have any idea", "quick question", "question", "one more thing",
	"hey there", "hi there", "hello there", "hey", "hi", "hello", "yo", "hiya",
	"ok so", "okay so", "ok but", "okay but", "ok", "okay", "so", "um", "uh", "hmm", "well", "btw", "by the way",
	"i don't get", "i dont get", "i do not get", "i don't understand", "i dont understand", "i do not understand",
	"quick q", "wait so", "wait",
	"please", "pls", "plz", "and also", "also",
}

// greetings are the courtesyPrefixes that may name whom they greet.
var greetings = map[string]bool{"hey": true, "hi": true, "hello": true, "yo": true, "hiya": true, "hey there": true, "hi there": true, "hello there": true}

// addressee is a word and a comma right after a greeting: the one
// greeted (" parley,", " all,").
var addressee = regexp.MustCompile(`^ [\p{L}\d]+,`)

// chatWords are chat spellings of common words, written out so the words
// can be matched ("how many ppl died", "r the talks over").
var chatWords = map[string]string{
	"ppl": "people", "r": "are", "u": "you", "ur": "your", "govt": "government",
	"gov't": "government", "dept": "department", "abt": "about", "bc": "because",
	"cuz": "because", "coz": "because", "tho": "though", "thru": "through",
	"yr": "year", "yrs": "years", "w/": "with", "w/o": "without", "b4": "before",
	"smth": "something", "sth": "something", "2day": "today", "tmrw": "tomorrow",
	"whats": "what is", "whos": "who is", "wheres": "where is", "hows": "how is", "whens": "when is",
	"wtf": "what", "wth": "what", "dont": "do not", "doesnt": "does not", "didnt": "did not",
	"isnt": "is not", "wasnt": "was not", "arent": "are not", "wont": "will not", "cant": "cannot",
	"havent": "have not", "hasnt": "has not", "hadnt": "had not", "werent": "were not", "wouldnt": "would not",
	"couldnt": "could not", "shouldnt": "should not", "theres": "there is", "thats": "that is", "heres": "here is",
	"im": "I am", "ive": "I have", "youre": "you are", "theyre": "they are", "hes": "he is", "shes": "she is",
	"iz": "is", "bout": "about", "sed": "said", "sez": "says",
	"hr": "hour", "hrs": "hours", "mins": "minutes", "secs": "seconds", "wk": "week", "wks": "weeks",
	"gonna": "going to", "wanna": "want to", "gotta": "have to",
	"intl": "international", "natl": "national", "approx": "approximately",
	"mic": "microphone", "mics": "microphones", "pic": "picture", "pics": "pictures", "vid": "video", "vids": "videos",
	"convo": "conversation", "prez": "president", "admin": "administration", "info": "information",
	"fav": "favorite", "fave": "favorite", "favs": "favorites", "faves": "favorites", "bday": "birthday",
	"hubby": "husband", "kids": "children", "kid": "child", "dad": "father", "daddy": "father",
	"mom": "mother", "mum": "mother", "mommy": "mother", "grandpa": "grandfather", "grandma": "grandmother",
	"vs": "and", "versus": "and", // "clinton vs trump": the two, no word of their own
	// Politics' clippings: "how many dem delegates", "what did the dems say".
	"dem": "Democratic", "dems": "Democrats", "repub": "Republican", "repubs": "Republicans",
	"potus": "president", "veep": "vice president", "vp": "vice president", "libs": "liberals",
}

// chatWhWords are chat spellings of question words, written out where a
// question starts ("wen is the meeting", "y wont they go"); elsewhere
// they may be names (Wen) or letters (y).
var chatWhWords = map[string]string{
	"wat": "what", "wut": "what", "wot": "what", "wats": "what is", "wen": "when", "hw": "how", "y": "why",
	// Slips of the keys: a letter left out or two swapped.
	"wht": "what", "waht": "what", "whta": "what", "hwat": "what", "whn": "when", "wehn": "when",
	"whne": "when", "wher": "where", "whre": "where", "wehre": "where", "wich": "which",
	"whcih": "which", "wihch": "which", "whihc": "which", "hwy": "why", "whyy": "why",
}

// chatWhRe matches a question that starts with a chat question word.
var chatWhRe = regexp.MustCompile(`(?i)^(\W*)(` + alternatives(chatWhWords) + `)(\s)`)

// chatWordRe matches a word that chatWords may expand.
var chatWordRe = regexp.MustCompile(`(?i)(^|[\s(])(` + alternatives(chatWords) + `)((?:['’]s)?)([\s,?!)]|\.\s|\.$|$)`)

// alternatives is a regexp alternation of the words a map spells out,
// the longest first ("w/o" before "w/").
func alternatives(words map[string]string) string {
	keys := slices.SortedFunc(maps.Keys(words), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b))
	})
	for i, k := range keys {
		keys[i] = regexp.QuoteMeta(k)
	}
	return strings.Join(keys, "|")
}

// chatWhatEndRe matches chat's "what" closing a question, where no name
// stands: "kerry lost an argument about wat", "he said wut?".
var chatWhatEndRe = regexp.MustCompile(`(?i)(\s)(?:wat|wut|wot)(\W*)$`)

// theUS matches "the us" typed in lower case: after "the", "a" or "an",
// or joined by a hyphen to the next word, "us" is the country, never the
// pronoun ("did anyone from the us go?", "is there a us russia meeting
// soon", "the us-russia talks").
var theUS = regexp.MustCompile(`\b((?:[Tt]he|[Aa]n?)\s+|)us\b(-\w)?`)

// expandChatWords writes out chat spellings.
func expandChatWords(s string) string {
	s = chatWhRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := chatWhRe.FindStringSubmatch(m)
		return sub[1] + chatWhWords[strings.ToLower(sub[2])] + sub[3]
	})
	s = chatWhatEndRe.ReplaceAllString(s, "${1}what$2")
	s = theUS.ReplaceAllStringFunc(s, func(m string) string {
		sub := theUS.FindStringSubmatch(m)
		if sub[1] == "" && sub[2] == "" {
			return m // "will they tell us"
		}
		return sub[1] + "US" + sub[2]
	})
	s = ChatSpellings(s) // "dept's": "department's"
	s = dealWithRe.ReplaceAllString(s, "${1} about")
	s = inChargeRe.ReplaceAllString(s, "heading")
	return roleFrameRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := roleFrameRe.FindStringSubmatch(m)
		return sub[1] + " " + sub[2] + " " + sub[3] + " " + roleVerbs[strings.ToLower(sub[4])]
	})
}

// roleFrameRe matches a question about the role one plays: "what role
// does turkey play in syria", "what part has iran played". Its "role"
// and "play" are no topic: it asks what one does.
var roleFrameRe = regexp.MustCompile(`(?i)^(\W*what)\s+(?:role|part)\s+(does|do|did|will|would|could|can|has|have|had|is|are|was|were)\s+(.+?)\s+(play|played|playing)\b`)

// roleVerbs are the forms of "do" that stand for those of "play".
var roleVerbs = map[string]string{"play": "do", "played": "done", "playing": "doing"}

// dealWithRe matches chat's ways to ask about something as a whole:
// "what's the deal with", "what's up with", "what's the story with".
// Their words are no topic: "deal" is not the deal a sentence speaks of.
var dealWithRe = regexp.MustCompile(`(?i)^(\W*what)(?:\s+is|['’]s)\s+(?:the\s+(?:deal|story)|up)\s+with\b`)

// inChargeRe matches "in charge of", which asks who heads something: "who
// is in charge of the talks" is "who is heading the talks", the verb
// WordNet relates to "leads" and "chairs"; "charge" alone is an
// accusation or a fee.
var inChargeRe = regexp.MustCompile(`(?i)\bin charge of\b`)

// ChatSpellings writes out chat's spellings of common words anywhere in
// a text ("cant" → "cannot", "ppl" → "people"), for reading the words of
// something typed that is no question (a quotation to attribute).
func ChatSpellings(s string) string {
	if !mayHoldChatWord(s) {
		return s
	}
	for range 2 { // neighbours share a space: "r u"
		s = chatWordRe.ReplaceAllStringFunc(s, func(m string) string {
			sub := chatWordRe.FindStringSubmatch(m)
			return sub[1] + chatWords[strings.ToLower(sub[2])] + sub[3] + sub[4]
		})
	}
	return s
}

// mayHoldChatWord reports whether some piece of s between the marks
// that may bound a chat word (space, brackets, commas, stops, question
// and exclamation marks), its possessive taken off, is one of chatWords:
// a cheap test before chatWordRe, which matches only such a piece.
func mayHoldChatWord(s string) bool {
	for _, piece := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(),.?!", r) }) {
		piece = strings.ToLower(piece)
		piece = strings.TrimSuffix(strings.TrimSuffix(piece, "'s"), "’s")
		if _, ok := chatWords[piece]; ok {
			return true
		}
	}
	return false
}

// trailingThanks finds thanks that close a clause after its question,
// with no stop between ("whats kirbys job thanks!", "who is kirby ty").
var trailingThanks = regexp.MustCompile(`(?i)[\s,]+(?:thanks|thx|ty|tysm|tyvm|thank\s+(?:you|u))(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance)?\W*$`)

// courtesyWords are dropped wherever they stand.
var courtesyWords = map[string]bool{
	"please": true, "pls": true, "plz": true, "kindly": true,
	// chat fillers that carry no topic
	"lol": true, "lmao": true, "rofl": true, "haha": true, "hahaha": true, "tbh": true, "imo": true,
	"imho": true, "btw": true, "fyi": true, "omg": true, "ngl": true, "fr": true, "rn": true,
	"lmfao": true, "bruh": true, "bro": true, "dude": true, "smh": true, "idk": true, "welp": true,
}

// Normalize takes off what a chat message adds to a question: Discord
// markup (mentions, custom emoji, @everyone), markdown marks, emoji and
// emoticons, greetings and thanks, polite openings ("can you tell me",
// "quick question:", "I'm curious"), and repeated punctuation. What is left
// is the question as a plain sentence; "" when nothing is left.
func Normalize(raw string) string {
	text, _, _ := normalize(raw)
	return text
}

// OnlyThanks reports a message that only thanks ("thanks!", "ok thank
// you so much 🙏"): it holds no question, and a clause of it thanks.
func OnlyThanks(raw string) bool {
	text, thanked, _ := normalize(raw)
	return text == "" && thanked
}

// OnlyGreeting reports a message that only greets ("hi", "hey there!",
// "good morning 👋"): it holds no question, thanks no one, and a clause
// of it greets.
func OnlyGreeting(raw string) bool {
	text, thanked, greeted := normalize(raw)
	return text == "" && greeted && !thanked
}

// OnlyCourtesy reports a message that only thanks or only greets
// (OnlyThanks or OnlyGreeting), read once: it has no topic of its own.
func OnlyCourtesy(raw string) bool {
	text, thanked, greeted := normalize(raw)
	return text == "" && (thanked || greeted)
}

// normalize is Normalize, also reporting whether a clause taken off
// thanks, and whether one greets.
func normalize(raw string) (string, bool, bool) {
	s := discordMarkup.ReplaceAllString(raw, " ")
	s = massMentions.ReplaceAllString(s, " ")
	s = markdown.Replace(s)
	s = contractions.ReplaceAllStringFunc(s, func(m string) string {
		i := strings.IndexAny(m, "'’")
		verb := " is"
		if strings.EqualFold(m[i+len(string([]rune(m[i:])[0])):], "re") {
			verb = " are"
		}
		return m[:i] + verb
	})
	s = shortcodes.ReplaceAllString(s, " ")
	s = expandChatWords(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u200d' || r == '\ufe0f' || r == '\u200b':
			return -1
		case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r != '^' && r != '`':
			return ' '
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	for range 2 { // emoticons may stand side by side
		s = emoticons.ReplaceAllString(s, " ")
	}
	s = repeatedPunct.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "...") {
			return "…"
		}
		if strings.Contains(m, "?") {
			return "?"
		}
		return m[:1]
	})
	var kept []string
	thanked, greeted := false, false
	for _, c := range clauses(s) {
		greeted = greeted || greetings[bare(c)] || dayGreetings[bare(c)]
		c = stripPrefixes(c)
		thanked = thanked || onlyThanks(c)
		if m := trailingThanks.FindStringIndex(c); m != nil && m[0] > 0 {
			// "whats kirbys job thanks!": the thanks closes the
			// question's own clause.
			c, thanked = strings.TrimSpace(c[:m[0]]), true
		}
		if c == "" || courtesy(c) {
			continue
		}
		kept = append(kept, c)
	}
	out := strings.Join(kept, " ")
	out = dropCourtesyWords(out)
	out = strings.TrimLeft(out, " ,;:-–—")
	out = strings.Join(strings.Fields(out), " ")
	return capitalizeFirst(out), thanked, greeted
}

// clauses splits text after ? ! and sentence-ending dots, and at line
// breaks; a colon or comma after an opening like "quick question" splits
// too (handled by stripPrefixes).
func clauses(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		end := false
		switch r {
		case '?', '!':
			end = true
		case '.':
			// A dot ends a clause when a space and a capital or the end
			// follow, and it does not close an abbreviation like U.S.
			end = (i+1 == len(rs) || rs[i+1] == ' ') && !(i >= 2 && rs[i-2] == '.')
		}
		if end {
			out = append(out, strings.TrimSpace(string(rs[start:i+1])))
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, strings.TrimSpace(string(rs[start:])))
	}
	return out
}

// stripPrefixes takes polite openings off a clause, repeatedly ("hey,
// quick question: can you tell me who …").
func stripPrefixes(c string) string {
	for {
		lc := strings.ToLower(c)
		cut := false
		for _, p := range courtesyPrefixes {
			if !strings.HasPrefix(lc, p) {
				continue
			}
			rest := c[len(p):]
			// Only whole words, followed by punctuation or a space.
			if rest != "" && !strings.ContainsRune(" ,:;!?.-–—", rune(rest[0])) {
				continue
			}
			rest = strings.TrimLeft(rest, " ,:;!.-–—")
			// "what is it?" must keep its question word: never strip to
			// nothing but punctuation.
			if strings.Trim(rest, " ?!.") == "" && !courtesy(c) {
				continue
			}
			if greetings[p] {
				// "hey parley, who …", "hi all, …": whom the greeting
				// addresses is no part of the question; "hey, Brandt,
				// what …" may ask about Brandt, and keeps the name.
				if m := addressee.FindString(c[len(p):]); m != "" {
					rest = strings.TrimLeft(c[len(p)+len(m):], " ,")
				}
			}
			c, cut = rest, true
			break
		}
		if !cut {
			// "ngl i dont get what …": a chat filler before an opening.
			if first, rest, ok := strings.Cut(c, " "); ok && courtesyWords[strings.ToLower(strings.Trim(first, ",;:!?."))] && strings.TrimSpace(rest) != "" {
				c, cut = strings.TrimLeft(rest, " ,:;!.-–—"), true
			}
		}
		// "if …" after "I was wondering": "if you know who …".
		lc = strings.ToLower(c)
		for _, p := range []string{"if you know ", "if you could tell me ", "if anyone knows ", "whether "} {
			if cut && strings.HasPrefix(lc, p) {
				c = c[len(p):]
			}
		}
		if !cut {
			return strings.TrimSpace(c)
		}
	}
}

// dropCourtesyWords removes "please" and the like anywhere, with the
// commas around them.
func dropCourtesyWords(s string) string {
	fs := strings.Fields(s)
	out := fs[:0]
	for _, f := range fs {
		w := strings.ToLower(strings.Trim(f, ",;:!?."))
		if courtesyWords[w] {
			// Keep the sentence's own end mark.
			if strings.HasSuffix(f, "?") && len(out) > 0 && !strings.HasSuffix(out[len(out)-1], "?") {
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",") + "?"
			}
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// bare lower-cases a clause and takes its punctuation off.
func bare(c string) string {
	c = strings.ToLower(c)
	c = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '\'' || r == '’' {
			if r == '’' {
				return '\''
			}
			return r
		}
		return ' '
	}, c)
	return strings.Join(strings.Fields(c), " ")
}

func capitalizeFirst(s string) string {
	for i, r := range s {
		if unicode.IsLower(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
		}
		return s
	}
	return s
}
