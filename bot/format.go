package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/quote"
)

// MessageLimit is the most characters Discord takes in one message.
const MessageLimit = 2000

// noMentions lets no text ping anyone: not the user's, the corpus's or the
// LLM's, and not the author of the message replied to.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// markdownChars are escaped in user and corpus text so it shows as typed.
var markdownReplacer = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
)

// lineStartMarkup is markup that only counts at the start of a line.
var lineStartMarkup = regexp.MustCompile(`(?m)^(\s*)(>>> |> |#{1,3} |-# |- |\d+\. )`)

// EscapeMarkdown escapes Discord markdown in text that is not Parley's own,
// so that corpus, user and LLM text shows as written and cannot format
// the message.
func EscapeMarkdown(s string) string {
	s = markdownReplacer.Replace(s)
	return lineStartMarkup.ReplaceAllString(s, `$1\$2`)
}

// sentenceEnd finds the places where a message may be split.
var sentenceEnd = regexp.MustCompile(`[.!?…][)"”’\]]*(?:\s*\[\d+\])*\s+`)

var spaces = regexp.MustCompile(`\s+`)

// SplitMessage cuts text into messages of at most limit characters, on
// sentence boundaries where it can, else between words; only a single word
// longer than limit is cut inside. Nothing is lost but the white space at
// the cuts.
func SplitMessage(text string, limit int) []string {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) <= limit {
		if text == "" {
			return nil
		}
		return []string{text}
	}
	var parts []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			parts = append(parts, s)
		}
		cur.Reset()
	}
	for _, sent := range splitKeeping(text, sentenceEnd) {
		if utf8.RuneCountInString(cur.String())+utf8.RuneCountInString(sent) <= limit {
			cur.WriteString(sent)
			continue
		}
		flush()
		if utf8.RuneCountInString(sent) <= limit {
			cur.WriteString(sent)
			continue
		}
		// A sentence longer than a message: cut between words.
		for _, w := range splitKeeping(sent, spaces) {
			if utf8.RuneCountInString(cur.String())+utf8.RuneCountInString(w) > limit {
				flush()
			}
			for utf8.RuneCountInString(w) > limit { // one word longer than a message
				r := []rune(w)
				parts = append(parts, string(r[:limit]))
				w = string(r[limit:])
			}
			cur.WriteString(w)
		}
	}
	flush()
	return parts
}

// splitKeeping splits text after each match of sep, keeping sep with the
// piece before it.
func splitKeeping(text string, sep *regexp.Regexp) []string {
	var out []string
	last := 0
	for _, m := range sep.FindAllStringIndex(text, -1) {
		out = append(out, text[last:m[1]])
		last = m[1]
	}
	if last < len(text) {
		out = append(out, text[last:])
	}
	return out
}

// sourcesPrefix opens the sources line; the Sources button reads it back.
const sourcesPrefix = "Sources: "

// answeringPrefix opens the line that shows the standalone question a
// follow-up was read as.
const answeringPrefix = "Answering: "

// withQuestion puts the question a slash command asked on the answer's
// first line, quoted, so people in the channel (and replies to the
// answer) see what was asked.
func withQuestion(q string, parts []string) []string {
	if len(parts) == 0 {
		return parts
	}
	line := "> " + EscapeMarkdown(textutil.Shorten(strings.Join(strings.Fields(q), " "), 300))
	out := append([]string(nil), parts...)
	if utf8.RuneCountInString(out[0])+utf8.RuneCountInString(line)+1 <= MessageLimit {
		out[0] = line + "\n" + out[0]
	} else {
		out = append([]string{line}, out...)
	}
	return out
}

// SourcesLine is the compact line naming each citation's file and lines.
func SourcesLine(cits []rag.Citation) string {
	if len(cits) == 0 {
		return ""
	}
	parts := make([]string, len(cits))
	for i, c := range cits {
		parts[i] = fmt.Sprintf("[%d] %s", c.N, citeRef(c.Source, c.LineStart, c.LineEnd))
	}
	return sourcesPrefix + strings.Join(parts, " · ")
}

func citeRef(source string, start, end int) string {
	if end > start {
		return fmt.Sprintf("%s:%d-%d", source, start, end)
	}
	return fmt.Sprintf("%s:%d", source, start)
}

// sourceRefRe reads a sources line back: "[1] 003_x.txt:5-7".
var sourceRefRe = regexp.MustCompile(`\[(\d+)\] ([\w.\-]+):(\d+)(?:-(\d+))?`)

// sourceRef is one citation read back from a message.
type sourceRef struct {
	n, start, end int
	source        string
}

// parseSourcesLine reads the citations from a message's sources line.
func parseSourcesLine(content string) []sourceRef {
	i := strings.LastIndex(content, sourcesPrefix)
	if i < 0 {
		return nil
	}
	var refs []sourceRef
	for _, m := range sourceRefRe.FindAllStringSubmatch(content[i:], -1) {
		n, _ := strconv.Atoi(m[1])
		start, _ := strconv.Atoi(m[3])
		end := start
		if m[4] != "" {
			end, _ = strconv.Atoi(m[4])
		}
		refs = append(refs, sourceRef{n: n, source: m[2], start: start, end: end})
	}
	return refs
}

// answerMessages renders an answer as one or more messages: the escaped
// answer, a note if any, then the sources line; split to fit.
func answerMessages(a rag.Answer) []string {
	body := EscapeMarkdown(a.Text)
	if s := rag.ReadAs(a); s != "" {
		// A follow-up shows how it was read, so a misreading can be seen.
		body = answeringPrefix + EscapeMarkdown(s) + "\n" + body
	}
	if a.Note != "" {
		body += "\n_(" + EscapeMarkdown(a.Note) + ")_"
	}
	if line := SourcesLine(a.Citations); line != "" {
		body += "\n" + line
	}
	return splitAnswer(body)
}

// splitAnswer splits a rendered answer so the sources line stays whole on
// the last message, where the Sources button goes.
func splitAnswer(body string) []string {
	text, line, hasLine := strings.Cut(body, "\n"+sourcesPrefix)
	if !hasLine {
		return SplitMessage(body, MessageLimit)
	}
	line = sourcesPrefix + line
	if utf8.RuneCountInString(line) > MessageLimit/2 {
		line = string([]rune(line)[:MessageLimit/2])
	}
	parts := SplitMessage(text, MessageLimit-utf8.RuneCountInString(line)-1)
	if len(parts) == 0 {
		return []string{line}
	}
	parts[len(parts)-1] += "\n" + line
	return parts
}

// sourcesButton is the one button under an answer with citations.
func sourcesButton() []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Sources", Style: discordgo.SecondaryButton, CustomID: sourcesButtonID},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: voteUpID},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: voteDownID},
	}}}
}

// Custom IDs of the answer buttons and the 👎 modal.
const (
	sourcesButtonID = "parley:sources"
	voteUpID        = "parley:vote:up"
	voteDownID      = "parley:vote:down"
	// voteModalPrefix + the answer's channel and message IDs names the
	// "what was wrong?" modal; voteCommentID its text field.
	voteModalPrefix = "parley:vote:why:"
	voteCommentID   = "parley:vote:comment"
)

// attributionText renders /who-said results; near are the quotations
// that come closest when ms is empty.
func attributionText(query string, ms, near []rag.Attribution) string {
	if len(ms) == 0 {
		text := fmt.Sprintf("Nobody in the articles said “%s”, as far as I can find.", EscapeMarkdown(textutil.Shorten(query, 300)))
		if len(near) > 0 {
			text += "\n" + rag.NearIntro
			for _, m := range near {
				text += fmt.Sprintf("\n- %s: “%s” (%s)", EscapeMarkdown(speakerOrUnattributed(m.Speaker)), EscapeMarkdown(textutil.Shorten(m.Quote, 200)), citeRef(m.Source, m.Line, m.Line))
			}
		}
		return text
	}
	var b strings.Builder
	// A quotation in two copies of a story is listed once, with both places.
	groups := rag.Copies(len(ms), func(i int) string { return ms[i].Speaker + "\x00" + ms[i].Quote })
	ref := func(i int) string { return citeRef(ms[i].Source, ms[i].Line, ms[i].Line) }
	for gi, g := range groups {
		m := ms[g[0]]
		if gi == 0 {
			if m.Speaker == "" {
				fmt.Fprintf(&b, "“%s”: the article does not say who said it (%s)", EscapeMarkdown(m.Quote), rag.Unattributed)
			} else {
				fmt.Fprintf(&b, "**%s**", EscapeMarkdown(m.Speaker))
				if m.Role != "" {
					fmt.Fprintf(&b, " (%s)", EscapeMarkdown(m.Role))
				}
				fmt.Fprintf(&b, " said it: “%s”", EscapeMarkdown(m.Quote))
			}
			fmt.Fprintf(&b, "\n%s%s, %s · match %.2f", citeRef(m.Source, m.Line, m.Line), alsoIn(g, ref), quote.Kind(m.Kind).Label(), m.Score)
			if len(groups) > 1 {
				b.WriteString("\nAlso close:")
			}
			continue
		}
		fmt.Fprintf(&b, "\n- %s: “%s” (%s%s)", EscapeMarkdown(speakerOrUnattributed(m.Speaker)), EscapeMarkdown(textutil.Shorten(m.Quote, 200)), citeRef(m.Source, m.Line, m.Line), alsoIn(g, ref))
	}
	return b.String()
}

// alsoIn names where the copies of a quotation after the first stand
// (ref gives item i's place): ", also in b.txt:4"; "" when there are none.
func alsoIn(group []int, ref func(i int) string) string {
	if len(group) < 2 {
		return ""
	}
	refs := make([]string, 0, len(group)-1)
	for _, i := range group[1:] {
		refs = append(refs, ref(i))
	}
	return ", also in " + strings.Join(refs, ", ")
}

// speakerOrUnattributed names a speaker, or says there is none.
func speakerOrUnattributed(name string) string {
	if name == "" {
		return rag.Unattributed
	}
	return name
}

// speakerQuotesText renders /quotes results.
func speakerQuotesText(name string, sq rag.SpeakerQuotes) string {
	if sq.Speaker == nil {
		msg := fmt.Sprintf("No one called “%s” is quoted in the articles.", EscapeMarkdown(textutil.Shorten(name, 100)))
		if len(sq.Suggestions) > 0 {
			msg += " Did you mean: " + EscapeMarkdown(strings.Join(sq.Suggestions, ", ")) + "?"
		} else {
			msg += " Try /quotes and pick a name from the list."
		}
		return msg
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", EscapeMarkdown(*sq.Speaker))
	if sq.Role != "" {
		fmt.Fprintf(&b, " (%s)", EscapeMarkdown(sq.Role))
	}
	// A quotation in two copies of a story is listed once, with both places.
	groups := rag.Copies(len(sq.Quotes), func(i int) string { return sq.Quotes[i].Quote })
	ref := func(i int) string { return citeRef(sq.Quotes[i].Source, sq.Quotes[i].Line, sq.Quotes[i].Line) }
	fmt.Fprintf(&b, ", %d quotation(s):", len(groups))
	for _, g := range groups {
		q := sq.Quotes[g[0]]
		fmt.Fprintf(&b, "\n- “%s” (%s%s, %s)", EscapeMarkdown(q.Quote), ref(g[0]), alsoIn(g, ref), quote.Kind(q.Kind).Label())
	}
	return b.String()
}
