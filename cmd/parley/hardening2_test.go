package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"
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

// Hardening round two, item 5: a start that takes longer than the delay
// says, on stderr, that it is preparing the index, and passes on the
// build's progress; a quick one says nothing.
func TestItem5SlowStartSaysSo(t *testing.T) {
	var out bytes.Buffer
	s := newSlowStart(&out, 50*time.Millisecond)
	report := s.progress(progressPrinter(s, false))
	report(1, 10) // before the delay: nothing
	time.Sleep(120 * time.Millisecond)
	report(10, 10)
	s.stop()
	got := out.String()
	if !strings.Contains(got, "preparing the index") || !strings.Contains(got, "indexing: 10/10") || strings.Contains(got, "indexing: 1/10") {
		t.Errorf("stderr:\n%s", got)
	}
	var quick bytes.Buffer
	q := newSlowStart(&quick, time.Second)
	q.progress(progressPrinter(q, false))(5, 5)
	q.stop()
	if quick.Len() != 0 {
		t.Errorf("a quick start printed %q", quick.String())
	}
}
