package question

import (
	"regexp"
	"strings"
)

// ArticleFact is what a question asks of an article itself rather than of
// what it says: who it is credited to, or its headline.
type ArticleFact int

const (
	// NoArticleFact asks about what the articles say.
	NoArticleFact ArticleFact = iota
	// Credit asks who published or wrote an article ("who published the
	// Astana story?", "what's the source of the Kerry article?").
	Credit
	// Headline asks for an article's headline ("what's the headline of
	// the Astana piece?", "what is the Kerry story called?").
	Headline
)

// articleNoun names an article; "report" is left out, as publishedRe
// leaves it: "who reported the strike?" asks about the strike.
const articleNoun = `(?:articles?|stor(?:y|ies)|pieces?|write-?ups?|op-?eds?|columns?|editorials?|essays?)`

var (
	// creditAskRe asks who put an article out: "who published the Astana
	// story?", "which outlet ran the Kerry piece?", "who wrote the
	// article about the talks?".
	creditAskRe = regexp.MustCompile(`(?i)^\W*(?:who|(?:which|what)(?:\s+[\w'’-]+){1,2})\s+(?:published|publishes|publish|wrote|writes|write|ran|runs|run|put\s+out|puts\s+out|posted|carried|carries|printed|(?:is|was)\s+behind)\s+(?:the|this|that)\b.*\b` + articleNoun + `\b`)
	// creditByRe asks it the other way round: "who is the Astana article
	// by?", "who was the Kerry story written by?".
	creditByRe = regexp.MustCompile(`(?i)^\W*who\s+(?:is|was)\s+(?:the|this|that)\b.*\b` + articleNoun + `\b.*\b(?:by|from)\W*$`)
	// creditNounRe names the one an article is credited to: "the source
	// of the Astana article", "the Kerry story's author", "which outlet is
	// the Astana piece from?". "Which paper broke the story?" asks who
	// first reported the news, which the articles say.
	creditNounRe = regexp.MustCompile(`(?i)\b(?:(?:sources?|publishers?|publication|outlet|newspaper|paper|news\s+agency|agency|website|site|author|writer|byline)\s+(?:of|for|behind)\s+(?:the|this|that)\b.*\b` + articleNoun + `\b|` + articleNoun + `['’]s\s+(?:sources?|publisher|author|writer|outlet|byline)\b|(?:which|what)\s+(?:news\s+)?(?:outlet|publication|publisher|newspaper|paper|agency|website|site|network|wire\s+service|wire)\s+(?:is|was|are|were)\s+(?:the|this|that)\b.*\b` + articleNoun + `\b)`)
	// creditOfItRe asks it of the article a conversation is on: "who
	// published it?", "what outlet is this from?" ("who wrote that?" asks
	// who said the words, and "who runs it?" who heads what the
	// conversation is on).
	creditOfItRe = regexp.MustCompile(`(?i)^\W*(?:who\s+(?:published|publishes|posted|ran|put\s+out|printed|carried)\s+(?:it|this|that)|(?:which|what)\s+(?:news\s+)?(?:outlet|publication|publisher|newspaper|paper|agency|website|site|network)\s+(?:is|was)\s+(?:it|this|that)\s+from|who\s+(?:is|was)\s+(?:it|this|that)\s+published\s+by)\W*$`)
	// creditWhereRe asks where an article comes from: "where is the
	// Astana article from?", "where was the Kerry story published?".
	creditWhereRe = regexp.MustCompile(`(?i)^\W*where\s+(?:is|was|does|did)\s+(?:the|this|that)\b.*\b` + articleNoun + `\b.*\b(?:from|published|originate|originated)\W*$`)
	// headlineAskRe asks for an article's headline: "what's the headline
	// of the Astana story?", "what was the Kerry headline?", "what is the
	// Astana article called?", "the title of the Kerry piece".
	headlineAskRe = regexp.MustCompile(`(?i)\bheadline\b|\b(?:title|name)\s+of\s+(?:the|this|that)\b.*\b` + articleNoun + `\b|\b` + articleNoun + `\b.*\b(?:called|titled|headlined|named)\W*$|\b` + articleNoun + `['’]s\s+(?:title|headline)\b`)
	// othersHeadlineRe is a headline of another's, which the articles
	// report: "what did La Stampa's headline say?", "la stampas
	// headline", not the article's own ("the Astana story's headline").
	othersHeadlineRe = regexp.MustCompile(`(?i)\b([\w-]+?)(?:['’]s?|s)\s+headlines?\b`)
	// workNounRe is an article's noun in a question.
	workNounRe = regexp.MustCompile(`(?i)\b` + articleNoun + `\b`)
	// articleNounRe is an article's noun alone.
	articleNounRe = regexp.MustCompile(`(?i)^` + articleNoun + `$`)
	// firstToTellRe asks who told the news first, which the articles'
	// words answer ("the New York Times reported on Friday").
	firstToTellRe = regexp.MustCompile(`(?i)\b(?:first|originally|broke|break|breaking)\b`)
	// articleFactWords are the words of such a question that ask for the
	// fact; they are no topic words.
	articleFactWords = regexp.MustCompile(`(?i)\b(?:articles?|stor(?:y|ies)|pieces?|write-?ups?|op-?eds?|columns?|editorials?|essays?|published|publishes|publish|wrote|writes|write|written|ran|runs|run|put|puts|out|posted|carried|carries|printed|behind|by|from|sources?|publishers?|publication|outlet|newspaper|paper|news|agency|website|site|network|wire|service|author|writer|byline|originated?|headlined?|title|titled|called|named|name)\b`)
)

// othersHeadline reports a question on the headline of someone's other
// than an article's (othersHeadlineRe).
func othersHeadline(text string) bool {
	for _, m := range othersHeadlineRe.FindAllStringSubmatch(text, -1) {
		if !articleNounRe.MatchString(m[1]) && !articleNounRe.MatchString(m[1]+"s") {
			return true
		}
	}
	return false
}

// AskedFact reads what a question, as typed or normalised, asks of an
// article itself, or NoArticleFact. Front ends use it to keep "who wrote
// the Kerry story?" from being read as "who said <words>?".
func AskedFact(text string) ArticleFact {
	if firstToTellRe.MatchString(text) {
		return NoArticleFact // "who published the Kerry story first?" asks who broke the news
	}
	switch {
	case headlineAskRe.MatchString(text) && !othersHeadline(text):
		return Headline
	case creditAskRe.MatchString(text), creditOfItRe.MatchString(text), creditByRe.MatchString(text), creditNounRe.MatchString(text), creditWhereRe.MatchString(text):
		return Credit
	}
	return NoArticleFact
}

// WorkNoun returns the noun a question names an article by, in lower
// case ("column" of "who wrote the piling on must stop column?"), or "".
func WorkNoun(text string) string {
	return strings.ToLower(workNounRe.FindString(text))
}
