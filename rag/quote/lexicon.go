package quote

import (
	_ "embed"
	"strings"
)

// speechVerbList holds the verbs that report speech, in all their forms,
// made from WordNet 3.0 by internal/tools/lexicongen -speech.
//
//go:embed speechverbs.txt
var speechVerbList string

// lexiconSpeechVerbs is speechVerbList as a set; read-only after start.
var lexiconSpeechVerbs = wordSet(speechVerbList)

// wordSet reads one word a line; lines starting with # are comments.
func wordSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(list, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// ReportsSpeech reports whether a lower-case word is a verb that reports
// speech ("said", "told", "warned"), as the extractor reads cues.
func ReportsSpeech(w string) bool { return speechVerbs[w] || lexiconSpeechVerbs[w] }
