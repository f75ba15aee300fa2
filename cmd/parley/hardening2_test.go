package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// Hardening round two, item 13: a standard input of /dev/null is not a
// terminal: no banner and no prompt, and the console ends at once.
func TestItem13DevNullIsNotATerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Fatal("/dev/null taken for a terminal")
	}
	var out, errb bytes.Buffer
	env := map[string]string{"PARLEY_DATA_DIR": t.TempDir()}
	code := run(context.Background(), nil, null, &out, &errb, func(k string) string { return env[k] })
	if code != 0 || strings.Contains(out.String(), "> ") || strings.Contains(out.String(), "/help") {
		t.Errorf("exit %d, stdout %q: want no banner and no prompt", code, out.String())
	}
}

// Hardening round two, item 12: ask --json says why an LLM answer fell
// back, in checked.fallback (here: no LLM server answers).
func TestItem12AskJSONSaysWhyItFellBack(t *testing.T) {
	env := map[string]string{"PARLEY_LLM_BASE_URL": "http://127.0.0.1:1/v1", "PARLEY_LLM_TIMEOUT": "2s"}
	code, out, errOut := runCLI(t, env, "", "ask", "--json", "Who sponsored the Astana talks?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"mode":"extractive"`) || !strings.Contains(out, `"fallback":"connection refused`) {
		t.Errorf("stdout %s: want the extractive answer with checked.fallback naming the refused connection", out)
	}
}

// Hardening round two, item 11: parley config shows the Discord deadline
// that a long PARLEY_LLM_TIMEOUT is cut to.
func TestItem11ConfigShowsTheDiscordCap(t *testing.T) {
	code, out, _ := runCLI(t, map[string]string{"PARLEY_LLM_TIMEOUT": "20m"}, "", "config")
	if code != 0 || !strings.Contains(out, "warning: PARLEY_LLM_TIMEOUT") || !strings.Contains(out, "cut at 14m0s") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	_, out, _ = runCLI(t, nil, "", "config")
	if strings.Contains(out, "warning:") {
		t.Errorf("a warning with the default timeout:\n%s", out)
	}
}
