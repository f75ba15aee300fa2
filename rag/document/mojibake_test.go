package document

import "testing"

// TestRepairMojibake: UTF-8 once read as Windows-1252 is undone, also
// when read so twice or when an editor decomposed its "Ã"; text that
// only has accents, curly quotes or other scripts is left as it is.
func TestRepairMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"as prosecutor Marc TrÃ©vidic put it":                 "as prosecutor Marc Trévidic put it",
		"as prosecutor Marc TrA\u0303©vidic put it":           "as prosecutor Marc Trévidic put it",
		"â€œWe will not sign,â€\u009d she said. Itâ€™s over.": "“We will not sign,” she said. It’s over.",
		"the Ã¢â‚¬Å“harbourÃ¢â‚¬Â\u009d deal":                 "the “harbour” deal",
		"FranÃ§ois met JuliÃ¡n in GuantÃ¡namo":                "François met Julián in Guantánamo",
		"It costs Â£5.": "It costs £5.",
	} {
		if got := repairMojibake(in); got != want {
			t.Errorf("repairMojibake(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range []string{
		"Café “Ãlvaro” in São Paulo costs €5 — or £4.",
		"Ilse Brandt met the envoys in Valdoria.",
		"Δελφοί and Москва are far apart.",
		"Ã la carte, said Â.",
	} {
		if got := repairMojibake(s); got != s {
			t.Errorf("repairMojibake(%q) = %q, want it unchanged", s, got)
		}
	}
}
