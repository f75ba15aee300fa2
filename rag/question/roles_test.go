package question

import (
	"slices"
	"testing"

	"github.com/parleybot/parley/rag/term"
)

// TestAttachedTo: a role noun is given for the name before it, past a
// word or two, and for the names after "of", "to" or "for", those joined
// by "and" too; only those after a possessive or a preposition are
// marked.
func TestAttachedTo(t *testing.T) {
	for text, want := range map[string][]Attachment{
		"Russia's main negotiator spoke.":                  {{term.Word("Russia"), true, true}},
		"the U.S. ambassador to Uzbekistan and to Belarus": {{term.Word("U.S."), false, true}, {term.Word("Uzbekistan"), true, false}, {term.Word("Belarus"), true, false}},
		"the ambassador to Norway and Chile":               {{term.Word("Norway"), true, false}, {term.Word("Chile"), true, false}},
		"the leader of the Scottish Conservatives":         {{term.Word("Scottish"), true, false}, {term.Word("Conservatives"), true, false}},
		"the ambassador to Norway and the mayor":           {{term.Word("Norway"), true, false}},
		"the UN special envoy for Norway":                  {{term.Word("UN"), false, true}, {term.Word("Norway"), true, false}},
	} {
		toks := term.Tokenize(text)
		i := slices.IndexFunc(toks, func(k term.Token) bool { return IsRoleHead(k.Term) })
		if got := AttachedTo(toks, i); !slices.Equal(got, want) {
			t.Errorf("AttachedTo(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAComposedRole: "negotiator" of "Norway's chief negotiator" is
// Norway's, past the role word right before it; a role of its own
// further back ("Veltra's mayor new aide") is not passed.
func TestAComposedRole(t *testing.T) {
	toks := term.Tokenize("Norway's chief negotiator spoke.")
	if got := AttachedTo(toks, 2); !slices.Equal(got, []Attachment{{term.Word("Norway"), true, true}}) {
		t.Errorf("chief negotiator: %v", got)
	}
	toks = term.Tokenize("Veltra's mayor new aide spoke.")
	if got := AttachedTo(toks, 3); len(got) != 0 {
		t.Errorf("a role further back passed: %v", got)
	}
}

// TestIsRoleNoun: a role noun as written, singular or plural; not a word
// that only stems as one does ("command" as "commander").
func TestIsRoleNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"ambassador": true, "Presidents": true, "spokesmen": true, "secretaries": true, "commander": true,
		"command": false, "presidency": false, "represent": false, "chairs": true,
	} {
		if got := IsRoleNoun(w); got != want {
			t.Errorf("IsRoleNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLeadRoles: the nouns and verbs of heading a body.
func TestLeadRoles(t *testing.T) {
	for _, w := range []string{"head", "Presidents", "chairmen", "director"} {
		if !IsLeadRole(w) {
			t.Errorf("IsLeadRole(%q) = false", w)
		}
	}
	for _, w := range []string{"spokesman", "envoy", "chaired"} {
		if IsLeadRole(w) {
			t.Errorf("IsLeadRole(%q) = true", w)
		}
	}
	for _, w := range []string{"co-chaired", "led", "headed", "chairman"} {
		if !SaysLeads(w) {
			t.Errorf("SaysLeads(%q) = false", w)
		}
	}
	if SaysLeads("spokesman") || SaysLeads("talks") {
		t.Error("SaysLeads holds a spokesman or talks")
	}
}

// TestAreEnvoys: envoys and ambassadors are one role, as the news writes
// them; a spokesman or a president is not an envoy.
func TestAreEnvoys(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"envoy", "ambassadors", true}, {"Ambassador", "emissary", true}, {"envoy", "envoy", true},
		{"envoy", "spokesman", false}, {"president", "minister", false},
	} {
		if got := AreEnvoys(tt.a, tt.b); got != tt.want {
			t.Errorf("AreEnvoys(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
