package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/fakellm"
	"github.com/parleybot/parley/internal/feedback"
)

// runCLI runs parley in-process with its own data dir and no other env.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["PARLEY_DATA_DIR"]; !ok {
		env["PARLEY_DATA_DIR"] = t.TempDir()
	}
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

func TestAskJSONContract(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "", "ask", "--json", "Who sponsored the Astana talks?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "answer", "abstained", "mode", "citations", "checked"} {
		if _, ok := got[k]; !ok {
			t.Errorf("missing key %q in %s", k, out)
		}
	}
	if len(got) != 6 {
		t.Errorf("keys beyond the contract: %s", out)
	}
	var a struct {
		Question  string
		Answer    string
		Abstained bool
		Mode      string
		Citations []struct {
			N         int    `json:"n"`
			Source    string `json:"source"`
			LineStart int    `json:"line_start"`
			LineEnd   int    `json:"line_end"`
			Text      string `json:"text"`
		}
	}
	json.Unmarshal([]byte(out), &a)
	if a.Abstained || a.Mode != "extractive" || len(a.Citations) == 0 || !strings.Contains(a.Answer, "Iran") {
		t.Errorf("answer %+v", a)
	}
	c := a.Citations[0]
	if c.N != 1 || c.Source != "003_b263529037173a86.txt" || c.LineStart != 5 || c.LineEnd != 5 || !strings.HasPrefix(c.Text, "Sponsors Russia, Iran") {
		t.Errorf("citation %+v", c)
	}
}

func TestAskAbstainsWithExitZero(t *testing.T) {
	code, out, _ := runCLI(t, nil, "", "ask", "What is the capital of France?", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, `"abstained":true`) || !strings.Contains(out, `"citations":[]`) {
		t.Errorf("got %s", out)
	}
}

func TestSourcesJSON(t *testing.T) {
	code, out, _ := runCLI(t, nil, "", "sources", "--json")
	if code != 0 {
		t.Fatal(code)
	}
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(out), &srcs); err != nil || len(srcs) != 4 {
		t.Fatalf("%v %s", err, out)
	}
	// The contract: date as YYYY-MM-DD or null, url null for corpus files;
	// newest first, the undated after.
	if srcs[0]["source"] != "002_1de81dc4db1a7db5.txt" || srcs[0]["date"] != "2016-10-01" || srcs[0]["lines"] != float64(33) {
		t.Errorf("002 = %v", srcs[0])
	}
	if u, ok := srcs[0]["url"]; !ok || u != nil || srcs[1]["date"] != nil || srcs[1]["source"] != "000_266e12b3a42cefa8.txt" {
		t.Errorf("url and undated: %v %v", srcs[0], srcs[1])
	}
}

func TestBadInputExitsTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no question", []string{"ask"}, "needs a question"},
		{"empty", []string{"ask", ""}, "empty"},
		{"blank", []string{"ask", "   "}, "empty"},
		{"too long", []string{"ask", strings.Repeat("x", 2001)}, "2001 characters"},
		{"ten thousand", []string{"ask", strings.Repeat("why? ", 2000)}, "characters long"},
		{"control", []string{"ask", "who\x1b[2J said"}, "control characters"},
		{"invalid utf-8", []string{"ask", "caf\xe9"}, "UTF-8"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"unknown flag", []string{"ask", "--nope", "q"}, "flag provided but not defined"},
		{"eval without file", []string{"eval"}, "needs one file"},
		{"bad env", []string{"sources"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			if tt.name == "bad env" {
				env["PARLEY_TOP_K"] = "lots"
				tt.want = `PARLEY_TOP_K: "lots" is not a whole number`
			}
			code, out, errOut := runCLI(t, env, "", tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q lacks %q", errOut, tt.want)
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
		})
	}
}

func TestCorpusFolderErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	code, _, errOut := runCLI(t, nil, "", "--corpus", missing, "sources")
	if code == 0 || !strings.Contains(errOut, missing) {
		t.Errorf("missing folder: exit %d, %q", code, errOut)
	}
	empty := t.TempDir()
	code, _, errOut = runCLI(t, map[string]string{"PARLEY_CORPUS_DIR": empty}, "", "sources")
	if code == 0 || !strings.Contains(errOut, empty) || !strings.Contains(errOut, "no .txt or .md articles") {
		t.Errorf("empty folder: exit %d, %q", code, errOut)
	}
}

func TestOwnCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "local.md"), []byte("# Local news\n\nThe town council met on Friday to discuss the bridge repairs.\n"), 0o644)
	code, out, errOut := runCLI(t, nil, "", "--corpus", dir, "ask", "--json", "When did the town council meet?")
	if code != 0 {
		t.Fatal(errOut)
	}
	if !strings.Contains(out, `"source":"local.md"`) || !strings.Contains(out, `"line_start":3`) {
		t.Errorf("got %s", out)
	}
}

func TestConsoleOverPipe(t *testing.T) {
	in := "Who is Russia's main negotiator at the Astana talks?\n\n/sources\n" + strings.Repeat("a", 3000) + "\nWhat is a good recipe for hummus?\n/quit\nnever asked\n"
	code, out, errOut := runCLI(t, nil, in)
	if code != 0 {
		t.Fatal(errOut)
	}
	for _, want := range []string{
		"Aleksandr Lavrentyev", "003_b263529037173a86.txt, line 7", // answer and its source
		"001_9fd2f3f675b5f8a0.txt",  // /sources
		"please keep it under 2000", // bad line, chat goes on
		"The articles don't say",    // abstention
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "never asked") {
		t.Error("read past /quit")
	}
}

func TestIndexCommandRebuilds(t *testing.T) {
	env := map[string]string{"PARLEY_DATA_DIR": t.TempDir()}
	code, out, errOut := runCLI(t, env, "", "index")
	if code != 0 || !strings.Contains(out, "index rebuilt (no index yet") || !strings.Contains(out, ": 4 articles") || !strings.Contains(errOut, "chunks embedded") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
	// Nothing changed: nothing to do, unless --force.
	if code, out, errOut = runCLI(t, env, "", "index"); code != 0 || !strings.Contains(out, "index up to date: 4 articles") {
		t.Errorf("again: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, out, errOut = runCLI(t, env, "", "index", "--force"); code != 0 || !strings.Contains(out, "index rebuilt (rebuild requested") {
		t.Errorf("--force: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut = runCLI(t, env, "", "ask", "--force", "Who sponsored the talks?"); code != exitBadInput || !strings.Contains(errOut, "--force goes with index") {
		t.Errorf("ask --force: exit %d\n%s", code, errOut)
	}
}

func TestEvalDevSet(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "", "eval", "../../internal/eval/testdata/dev.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, out, errOut)
	}
	for _, want := range []string{"ask         10      10     1.00", "abstain     3       3      1.00", "who_said    13      13     1.00", "quotes_by   2       2      1.00", "No failures."} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestWhoSaidJSONContract(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "", "who-said", "--json", "There have been many ups and downs in this process")
	if code != 0 {
		t.Fatal(errOut)
	}
	var got struct {
		Query   string                       `json:"query"`
		Matches []map[string]json.RawMessage `json:"matches"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Matches) == 0 {
		t.Fatalf("%v: %s", err, out)
	}
	m := got.Matches[0]
	for _, k := range []string{"speaker", "quote", "kind", "source", "line", "score"} {
		if _, ok := m[k]; !ok {
			t.Errorf("match lacks %q: %s", k, out)
		}
	}
	if len(m) != 6 || string(m["speaker"]) != `"Jen Psaki"` || string(m["line"]) != "4" || string(m["kind"]) != `"direct"` {
		t.Errorf("match %s", out)
	}
	code, out, _ = runCLI(t, nil, "", "who-said", "--json", "We will bomb Aleppo tomorrow")
	if code != 0 || !strings.Contains(out, `"matches":[]`) {
		t.Errorf("nobody: exit %d, %s", code, out)
	}
}

func TestQuotesJSONContract(t *testing.T) {
	code, out, _ := runCLI(t, nil, "", "quotes", "--json", "Kirby")
	if code != 0 {
		t.Fatal(code)
	}
	var got struct {
		Speaker     *string                      `json:"speaker"`
		Quotes      []map[string]json.RawMessage `json:"quotes"`
		Suggestions []string                     `json:"suggestions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Speaker == nil || *got.Speaker != "John Kirby" || len(got.Quotes) < 5 {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Quotes[0]) != 4 {
		t.Errorf("quote keys: %s", out)
	}
	code, out, _ = runCLI(t, nil, "", "quotes", "--json", "Kirbi")
	if code != 0 || !strings.Contains(out, `"speaker":null`) || !strings.Contains(out, `"suggestions":["John Kirby"`) {
		t.Errorf("unknown name: exit %d, %s", code, out)
	}
}

func TestWhoSaidAndQuotesBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"who-said"}, {"who-said", ""}, {"who-said", "x"}, {"who-said", "?!."}, {"who-said", strings.Repeat("a ", 5000)},
		{"quotes"}, {"quotes", "  "}, {"quotes", "..."},
	} {
		code, out, errOut := runCLI(t, nil, "", args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestConsoleRoutesAttribution(t *testing.T) {
	in := "who said \"I lost the argument\"?\n/who-said reinvigorate a sense of momentum\n/quotes de Mistura\n/speakers\n/who-said x\n"
	code, out, errOut := runCLI(t, nil, in)
	if code != 0 {
		t.Fatal(errOut)
	}
	for _, want := range []string{
		"— John Kerry (Secretary of State)", "002_1de81dc4db1a7db5.txt, line 19",
		"— John Kirby", "Staffan de Mistura (U.N. envoy), 4 quotation(s)", "Osama Abu Zaid — a spokesman",
		"too short to look up",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

// Hardening item 2: `parley index` fails, naming the path and the reason,
// when nothing could be saved (the data dir is a file here).
func TestItem2IndexFailsWhenNotSaved(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, map[string]string{"PARLEY_DATA_DIR": file}, "", "index")
	if code != 1 || !strings.Contains(errOut, "not saved") || !strings.Contains(errOut, file) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	// Asking still works from memory, with a warning.
	code, out, errOut := runCLI(t, map[string]string{"PARLEY_DATA_DIR": file}, "", "ask", "Who sponsored the Astana talks?")
	if code != 0 || !strings.Contains(out, "Iran") {
		t.Errorf("ask: exit %d, %q %q", code, out, errOut)
	}
}

// Hardening item 21: indexing progress on a pipe is plain lines, no \r.
func TestItem21ProgressPlainWhenNotATerminal(t *testing.T) {
	code, _, errOut := runCLI(t, nil, "", "index")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "\r") || !strings.Contains(errOut, "indexing: ") {
		t.Errorf("stderr %q", errOut)
	}
	var b bytes.Buffer
	p := progressPrinter(&b, true)
	p(1, 2)
	p(2, 2)
	if !strings.Contains(b.String(), "\rindexing: 2/2") {
		t.Errorf("terminal progress %q", b.String())
	}
}

// Hardening item 12: a Discord answer's deadline stays below the 15
// minutes an interaction token lasts, and a longer LLM timeout is warned of.
func TestItem12DiscordDeadlineCapped(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	if d := discordDeadline(time.Hour, log); d >= 15*time.Minute {
		t.Errorf("deadline %s", d)
	}
	if !strings.Contains(logs.String(), "level=WARN") {
		t.Errorf("no warning: %s", logs.String())
	}
	logs.Reset()
	if d := discordDeadline(60*time.Second, log); d != 90*time.Second || logs.Len() != 0 {
		t.Errorf("deadline %s, log %q", d, logs.String())
	}
}

// Hardening item 15: a model the server does not list is warned of at
// start; a server that lists no models is not an error.
func TestItem15MissingModelWarnedAtStart(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{Echo: true})
	fake.SetModels(fakellm.Model{ID: "llama3.2:latest"})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	env := map[string]string{"PARLEY_LLM_BASE_URL": srv.URL + "/v1"}
	code, _, errOut := runCLI(t, env, "", "ask", "Who sponsored the Astana talks?")
	if code != 0 || !strings.Contains(errOut, "PARLEY_LLM_MODEL names a model the LLM server does not have") || !strings.Contains(errOut, "llama3.2:latest") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
	env["PARLEY_LLM_MODEL"] = "llama3.2"
	if _, _, errOut := runCLI(t, env, "", "ask", "Who sponsored the Astana talks?"); strings.Contains(errOut, "does not have") {
		t.Errorf("llama3.2 is llama3.2:latest: %s", errOut)
	}
	plain := httptest.NewServer(fakellm.New(fakellm.Reply{Echo: true}))
	defer plain.Close()
	code, out, errOut := runCLI(t, map[string]string{"PARLEY_LLM_BASE_URL": plain.URL + "/v1"}, "", "ask", "Who sponsored the Astana talks?")
	if code != 0 || strings.Contains(errOut, "level=WARN") || !strings.Contains(out, "[1]") {
		t.Errorf("a server without /models: exit %d, %s %s", code, out, errOut)
	}
}

// Hardening item 17: budgets larger than the model's context window are
// clamped to it, and said so.
func TestItem17BudgetsClampedToContext(t *testing.T) {
	if p, r := clampBudgets(2048, 1000000, 32000); p+r > 2048 || r > 512 || p <= 0 {
		t.Errorf("clamped to %d + %d", p, r)
	}
	if p, r := clampBudgets(128000, 3000, 400); p != 3000 || r != 400 {
		t.Errorf("changed budgets that fit: %d + %d", p, r)
	}
	fake := fakellm.New(fakellm.Reply{Echo: true})
	fake.SetModels(fakellm.Model{ID: "qwen", MaxModelLen: 2048})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	env := map[string]string{"PARLEY_LLM_BASE_URL": srv.URL + "/v1", "PARLEY_LLM_MODEL": "qwen",
		"PARLEY_LLM_PROMPT_TOKENS": "1000000", "PARLEY_LLM_MAX_TOKENS": "32000"}
	code, _, errOut := runCLI(t, env, "", "ask", "Who sponsored the Astana talks?")
	if code != 0 || !strings.Contains(errOut, "clamped") || !strings.Contains(errOut, "context_length=2048") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
	if reqs := fake.Requests(); len(reqs) == 0 || reqs[0].MaxTokens > 512 {
		t.Errorf("requests %+v", reqs)
	}
}

// `parley chat --json` reads one conversation from stdin: each line is ask
// --json's object plus the question as understood.
func TestChatJSONIsOneConversation(t *testing.T) {
	in := "Who is Russia's main negotiator at the Astana talks?\nWhat did he say?\nthanks!\n"
	code, out, errOut := runCLI(t, nil, in, "chat", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	var second map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"question", "answer", "abstained", "mode", "citations", "standalone_question"} {
		if _, ok := second[k]; !ok {
			t.Errorf("missing %q in %s", k, lines[1])
		}
	}
	if second["question"] != "What did he say?" || second["standalone_question"] != "What did Aleksandr Lavrentyev say?" {
		t.Errorf("second line %s", lines[1])
	}
	if !strings.Contains(second["answer"].(string), "Lavrentyev") {
		t.Errorf("answer %v", second["answer"])
	}
}

// parley feedback lists the votes; --export-eval writes the 👎 ones as
// eval items.
func TestFeedbackCommand(t *testing.T) {
	data := t.TempDir()
	log := feedback.NewLog(data)
	log.Append(feedback.Vote{At: time.Now(), AnswerID: "a1", User: "u1", Vote: feedback.Up, Question: "Who sponsored the Astana talks?"})
	log.Append(feedback.Vote{At: time.Now(), AnswerID: "a2", User: "u1", Vote: feedback.Down, Question: "When are the talks?", Comment: "no date"})
	env := map[string]string{"PARLEY_DATA_DIR": data}
	code, out, errOut := runCLI(t, env, "", "feedback", "--json")
	var votes []feedback.Vote
	if code != 0 || json.Unmarshal([]byte(out), &votes) != nil || len(votes) != 2 {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	code, out, _ = runCLI(t, env, "", "feedback", "--export-eval")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"kind":"ask"`) || !strings.Contains(out, "When are the talks?") {
		t.Errorf("export: %s", out)
	}
	if code, out, _ := runCLI(t, map[string]string{"PARLEY_DATA_DIR": t.TempDir()}, "", "feedback"); code != 0 || !strings.Contains(out, "No votes yet") {
		t.Errorf("empty: %d %s", code, out)
	}
}

// Hardening item 23: the README's commands table lists config and health,
// and the pointer to "Run it on Discord" points the right way.
func TestItem23ReadmeCommandsAndReferences(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	for _, cmd := range []string{"| `parley config` |", "| `parley health` |", "| `parley chat [--json]` |", "| `parley feedback"} {
		if !strings.Contains(readme, cmd) {
			t.Errorf("the commands table lacks %s", cmd)
		}
	}
	section := strings.Index(readme, "## Run it on Discord")
	pointer := strings.Index(readme, `"Run it on Discord" above`)
	if section < 0 || pointer < 0 || pointer < section || strings.Contains(readme, `"Run it on Discord" below`) {
		t.Errorf("the pointer to Run it on Discord is wrong (section at %d, pointer at %d)", section, pointer)
	}
}
