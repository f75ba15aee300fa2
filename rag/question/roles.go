package question

import (
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// This file reads the roles a text gives names: "the ambassador to
// Kazakhstan", "Russia's main negotiator".

// roleHeads are nouns of a role someone holds for a country, a body or
// a group.
var roleHeads = map[string]bool{
	"president": true, "leader": true, "minister": true, "ambassador": true, "envoy": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "negotiator": true,
	"secretary": true, "chairman": true, "chairwoman": true, "chair": true, "director": true,
	"governor": true, "mayor": true, "king": true, "queen": true, "speaker": true,
	"commander": true, "head": true, "chief": true, "representative": true, "premier": true,
}

// leadRoles are the roleHeads of one who heads a body: any of them
// names the role any other asks about ("the head of the council" is its
// president).
var leadRoles = map[string]bool{
	"head": true, "leader": true, "chief": true, "president": true, "chairman": true,
	"chairwoman": true, "chair": true, "chairperson": true, "director": true,
}

// envoyRoles are the roleHeads of one sent to speak for a country or a
// body abroad: the news writes any of them for the other ("the US envoy
// to Syria" is its ambassador there).
var envoyRoles = map[string]bool{"envoy": true, "ambassador": true, "emissary": true}

// leadVerbTerms are the index terms of the verbs of heading a body:
// "chaired", "co-chaired", "led", "headed", "presided".
var leadVerbTerms = map[string]bool{
	term.Word("chaired"): true, term.Word("led"): true, term.Word("leads"): true,
	term.Word("headed"): true, term.Word("presided"): true,
}

// IsLeadRole reports a word, as written, that is a noun of heading a
// body, singular or plural: "head", "presidents", "chairmen".
func IsLeadRole(w string) bool { return leadRoles[singular(w)] }

// AreEnvoys reports two words, as written, that are both nouns of one
// sent abroad to speak for a country or a body: "envoy" and
// "ambassadors".
func AreEnvoys(a, b string) bool { return envoyRoles[singular(a)] && envoyRoles[singular(b)] }

// SaysLeads reports a word, as written, that says one heads a body: a
// lead role (IsLeadRole) or a verb of heading ("co-chaired", "led").
func SaysLeads(w string) bool {
	return IsLeadRole(w) || leadVerbTerms[term.Word(strings.TrimPrefix(strings.ToLower(w), "co-"))]
}

// roleHeadTerms are the index terms of roleHeads.
var roleHeadTerms = func() map[string]bool {
	out := make(map[string]bool, len(roleHeads))
	for w := range roleHeads {
		out[term.Word(w)] = true
	}
	return out
}()

// IsRoleHead reports the index term of a noun of a role someone holds
// for a country, a body or a group ("ambassador", "president"). A term
// stands for the words that stem to it: "command" is "commander" and
// "command", so a word as written is read by IsRoleNoun.
func IsRoleHead(t string) bool { return roleHeadTerms[t] }

// IsRoleNoun reports a word, as written, that is a noun of a role (see
// IsRoleHead), singular or plural: "ambassadors", "spokesmen", not
// "command" or "presidency".
func IsRoleNoun(w string) bool { return roleHeads[singular(w)] }

// singular returns a role noun, as written, in lower case and singular:
// "spokesmen" is "spokesman", "secretaries" "secretary", "envoys"
// "envoy". A word that is a role as written is kept ("chairs" is no
// role, "chair" is).
func singular(w string) string {
	lw := strings.ToLower(w)
	switch {
	case roleHeads[lw] || leadRoles[lw] || envoyRoles[lw]:
		return lw
	case strings.HasSuffix(lw, "men"):
		return strings.TrimSuffix(lw, "men") + "man"
	case strings.HasSuffix(lw, "ies"):
		return strings.TrimSuffix(lw, "ies") + "y"
	}
	return strings.TrimSuffix(lw, "s")
}

// Attachment is a name a role noun is given for, by its index term;
// Marked when a possessive or "of", "to" or "for" says so.
type Attachment struct {
	Term   string
	Marked bool
	// Before is true for the name before the role ("Syrian President",
	// "Russia's main negotiator"), false for one after "of", "to" or
	// "for".
	Before bool
}

// AttachedTo returns the names a role noun at ts[i] is given for: the
// name before it, past a word or two in lower case ("Russia's main
// negotiator", "Syrian President", "Norway's chief negotiator"), and the
// name after "of", "to" or
// "for" ("the ambassador to Kazakhstan", "the leader of the Scottish
// Conservatives"), and names joined to it by "and" ("to Uzbekistan and
// to Belarus"). A text in lower case names by its words, whatever their
// case.
func AttachedTo(ts []term.Token, i int) []Attachment {
	var out []Attachment
	for k, skipped := i-1, 0; k >= 0 && skipped <= 2; k-- {
		t := ts[k]
		if t.Term == "" || quote.IsRole(t.Surface) && !acronym(t.Surface) && (k < i-1 || t.Capitalized) {
			break // a role of its own; not "chief" of "chief negotiator"; "UN" of "UN special envoy" is a name
		}
		surface := term.WithoutPossessive(t.Surface)
		if t.Capitalized || surface != t.Surface {
			out = append(out, Attachment{term.Word(surface), surface != t.Surface, true})
			break
		}
		skipped++
	}
	if i+2 < len(ts) {
		switch strings.ToLower(ts[i+1].Surface) {
		case "of", "to", "for":
			k := i + 2
			if strings.EqualFold(ts[k].Surface, "the") && k+1 < len(ts) {
				k++
			}
			if !ts[k].Capitalized {
				if ts[k].Term != "" && !ts[i].Capitalized {
					out = append(out, Attachment{ts[k].Term, true, false})
				}
				break
			}
			for ; k < len(ts); k++ {
				switch {
				case ts[k].Capitalized && ts[k].Term != "":
					out = append(out, Attachment{ts[k].Term, true, false})
					continue
				case strings.EqualFold(ts[k].Surface, "and") && k+1 < len(ts) && ts[k+1].Capitalized && ts[k+1].Term != "":
					continue // "… to Uzbekistan and Belarus"
				case strings.EqualFold(ts[k].Surface, "and") && k+2 < len(ts) && strings.EqualFold(ts[k+1].Surface, ts[i+1].Surface) && ts[k+2].Capitalized:
					k++ // "… to Uzbekistan and to Belarus"
					continue
				}
				break
			}
		}
	}
	return out
}

// acronym reports a word written in capitals, two letters or more, its
// dots aside: "UN", "U.S.", "EU". Titles write them ("UN special
// envoy"), but they name a body.
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}
