package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesAllJSON checks `parley quotes --json --all`: every quotation,
// each with speaker (null when the article leaves it unclear), role,
// quote, kind, source and line; and that who-said finds an unattributed
// quotation and says so with a null speaker.
func TestQuotesAllJSON(t *testing.T) {
	dir := t.TempDir()
	article := strings.Join([]string{
		"Envoys meet in Geneva",
		"",
		`"We will stay at the table for as long as it takes," said Foreign Minister Jane Doe.`,
		"",
		"Omar Ali met Karl Berg on Monday. Karl Berg left early. Omar Ali stayed on.",
		`"Nobody should expect a breakthrough before the spring," he said.`,
		"",
	}, "\n")
	if err := os.WriteFile(filepath.Join(dir, "geneva.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PARLEY_CORPUS_DIR": dir}
	code, out, errOut := runCLI(t, env, "", "quotes", "--json", "--all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Quotes []map[string]json.RawMessage `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Quotes) != 2 {
		t.Fatalf("%v: %s", err, out)
	}
	first, second := got.Quotes[0], got.Quotes[1]
	for _, k := range []string{"speaker", "role", "quote", "kind", "source", "line"} {
		if _, ok := first[k]; !ok {
			t.Errorf("key %q missing: %s", k, out)
		}
	}
	if string(first["speaker"]) != `"Jane Doe"` || string(first["role"]) != `"Foreign Minister"` || string(first["line"]) != "3" || string(first["source"]) != `"geneva.txt"` {
		t.Errorf("first: %s", out)
	}
	if string(second["speaker"]) != "null" || string(second["role"]) != "null" || string(second["line"]) != "6" {
		t.Errorf("the ambiguous he: %s", out)
	}

	code, out, _ = runCLI(t, env, "", "who-said", "--json", "nobody should expect a breakthrough before the spring")
	if code != 0 || !strings.Contains(out, `"speaker":null`) || !strings.Contains(out, `"line":6`) {
		t.Errorf("who-said an unattributed quotation: exit %d, %s", code, out)
	}
	code, out, _ = runCLI(t, env, "", "who-said", "nobody should expect a breakthrough before the spring")
	if code != 0 || !strings.Contains(out, "unattributed in the article") {
		t.Errorf("who-said text: exit %d, %s", code, out)
	}

	for _, args := range [][]string{{"quotes", "--all", "Jane Doe"}, {"ask", "--all", "what?"}} {
		if code, _, errOut := runCLI(t, env, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}
