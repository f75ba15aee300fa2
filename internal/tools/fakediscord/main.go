// Command fakediscord runs a real `parley serve` process against a fake
// Discord on loopback and prints the transcript: the events it dispatches on
// the gateway and the REST calls Parley makes in answer. Every step checks
// what Parley sent; the first that fails ends the run with exit status 1
// and names the step.
//
//	go build -o /tmp/parley ./cmd/parley
//	go run ./internal/tools/fakediscord --parley /tmp/parley
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/internal/fakellm"
)

const user = "400000000000000001"

func main() {
	parley := flag.String("parley", "parley", "path of the parley binary to run")
	addr := flag.String("addr", "127.0.0.1:0", "address of the fake Discord (port 0: any free port)")
	wait := flag.Duration("wait", 30*time.Second, "how long each step waits for Parley's answer")
	flag.Parse()
	if err := run(*parley, *addr, *wait); err != nil {
		fmt.Fprintln(os.Stderr, "fakediscord:", err)
		os.Exit(1)
	}
}

func run(parley, addr string, wait time.Duration) error {
	fake, err := fakediscord.StartAt(addr)
	if err != nil {
		return err
	}
	defer fake.Close()
	fake.OnCall(func(c fakediscord.Call) {
		fmt.Printf("  REST %-5s %s\n%s", c.Method, strings.TrimPrefix(c.Path, "/api/v9"), summary(c.Body))
	})
	// An LLM for the over-long answer: short cited answers first, then one
	// of about 3,300 characters, each sentence supported by the articles.
	var long strings.Builder
	for i := 1; i <= 17; i++ {
		long.WriteString("Sponsors Russia, Iran, and Turkey are looking to goad the sides closer to a lasting settlement in the six-year conflict, but uncertainty surrounds the negotiations, scheduled for January 23-24 [1]. ")
	}
	llm := httptest.NewServer(fakellm.New(fakellm.Reply{Echo: true}, fakellm.Reply{Echo: true}, fakellm.Reply{Echo: true}, fakellm.Reply{Content: long.String()}))
	defer llm.Close()

	data, err := os.MkdirTemp("", "parley-fakediscord-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(data)
	cmd := exec.Command(parley, "serve")
	cmd.Env = append(os.Environ(),
		"PARLEY_DISCORD_TOKEN=fake-token", "PARLEY_DISCORD_API_BASE="+fake.URL,
		"PARLEY_DATA_DIR="+data, "PARLEY_LLM_BASE_URL="+llm.URL+"/v1", "PARLEY_LLM_MODEL=fake-model")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", parley, err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			fmt.Println("  parley| " + sc.Text())
		}
	}()
	fmt.Printf("== fake Discord at %s; started %s serve (pid %d)\n", fake.URL, parley, cmd.Process.Pid)
	defer cmd.Process.Kill()
	select {
	case <-fake.Ready():
		fmt.Println("== gateway: Hello, Identify, READY done")
	case <-time.After(2 * wait):
		return fmt.Errorf("step \"gateway\": parley did not connect in %s", 2*wait)
	}
	// step dispatches an event, waits for the REST call whose path holds
	// waitPart, and checks it; failed names the first step that failed.
	var failed error
	step := func(title, typ string, ev map[string]any, waitPart string, check func(c fakediscord.Call) error) {
		if failed != nil {
			return
		}
		fmt.Printf("\n== %s\n  GATEWAY %s %s\n", title, typ, describe(ev))
		since := time.Now()
		if err := fake.Dispatch(typ, ev); err != nil {
			failed = fmt.Errorf("step %q: dispatching: %w", title, err)
			return
		}
		got := fake.WaitFor(func(c fakediscord.Call) bool {
			return !c.At.Before(since) && c.Method != "GET" && strings.Contains(c.Path, waitPart)
		}, 1, wait)
		if len(got) == 0 {
			failed = fmt.Errorf("step %q: parley made no call to %s in %s", title, waitPart, wait)
			return
		}
		time.Sleep(300 * time.Millisecond)
		if err := check(got[len(got)-1]); err != nil {
			failed = fmt.Errorf("step %q: %w", title, err)
		}
	}

	step("/ask", "INTERACTION_CREATE", fakediscord.Command("1", "ask", user, 0, fakediscord.Option{Name: "question", Value: "When are the Astana talks?"}), "/token-1/messages/@original",
		all(hasContent(), noPings(), within(2000)))
	step("/who-said autocomplete as the user types", "INTERACTION_CREATE", fakediscord.Autocomplete("2", "who-said", user, fakediscord.Option{Name: "quote", Value: "one goal", Focused: true}), "/interactions/2/",
		all(responseType(8), bodyHas("At this stage")))
	step("/who-said with the chosen quotation", "INTERACTION_CREATE", fakediscord.Command("3", "who-said", user, 0, fakediscord.Option{Name: "quote", Value: "At this stage, we have one goal"}), "/token-3/messages/@original",
		all(bodyHas("Osama Abu Zaid"), noPings()))
	step("a mention in a channel", "MESSAGE_CREATE", fakediscord.Message("4", "<@"+fakediscord.BotID+"> who is Russia's main negotiator at the Astana talks?", user, false, fakediscord.GuildID, true), "/channels/"+fakediscord.ChannelID+"/messages",
		all(hasContent(), noPings(), within(2000)))
	step("an over-long answer", "INTERACTION_CREATE", fakediscord.Command("5", "ask", "400000000000000002", 0, fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks? Tell me in detail."}), "/webhooks/"+fakediscord.AppID+"/token-5",
		all(hasContent(), noPings(), within(2000)))
	step("the Sources button", "INTERACTION_CREATE", fakediscord.Button("6", "parley:sources", user, "… [1]\nSources: [1] 003_b263529037173a86.txt:5"), "/interactions/6/",
		all(responseType(4), private(), bodyHas("003_b263529037173a86.txt")))
	step("/reindex without Manage Server", "INTERACTION_CREATE", fakediscord.Command("7", "reindex", user, 0), "/interactions/7/",
		all(responseType(4), private()))

	// A conversation by reply chain: ask, answer, a reply to the answer,
	// and a reply to that answer.
	lastAnswer := func() map[string]any {
		calls := fake.Calls()
		for k := len(calls) - 1; k >= 0; k-- {
			c := calls[k]
			if c.Method == "POST" && strings.HasSuffix(c.Path, "/channels/"+fakediscord.ChannelID+"/messages") {
				var m map[string]any
				json.Unmarshal(c.Body, &m)
				m["author"] = map[string]any{"id": fakediscord.BotID, "username": "Parley", "bot": true}
				return m
			}
		}
		return nil
	}
	talker := "400000000000000003" // another member, with a rate budget of their own
	replied := func(parent string) func(c fakediscord.Call) error {
		return all(hasContent(), noPings(), bodyHas(`"message_id":"`+parent+`"`))
	}
	step("a conversation: the question", "MESSAGE_CREATE", fakediscord.Message("8", "<@"+fakediscord.BotID+"> who is the president of the Syrian National Council?", talker, false, fakediscord.GuildID, true), "/channels/"+fakediscord.ChannelID+"/messages",
		replied("8"))
	if failed != nil {
		return failed
	}
	a8 := lastAnswer()
	a8["id"] = "8a"
	step("a reply to the answer", "MESSAGE_CREATE", fakediscord.Reply("9", "<@"+fakediscord.BotID+"> what did he tell AFP?", talker, fakediscord.GuildID, true, "8a", a8), "/channels/"+fakediscord.ChannelID+"/messages",
		replied("9"))
	if failed != nil {
		return failed
	}
	a9 := lastAnswer()
	a9["id"] = "9a"
	a9["message_reference"] = map[string]any{"message_id": "9"}
	step("a reply to that answer", "MESSAGE_CREATE", fakediscord.Reply("10", "<@"+fakediscord.BotID+"> and where was he going to go?", talker, fakediscord.GuildID, true, "9a", a9), "/channels/"+fakediscord.ChannelID+"/messages",
		replied("10"))
	content, _ := a9["content"].(string)
	step("a 👍 on that answer", "INTERACTION_CREATE", fakediscord.Button("11", "parley:vote:up", talker, content), "/interactions/11/",
		all(responseType(4), private(), bodyHas("Thanks")))
	step("a 👎 instead: the form", "INTERACTION_CREATE", fakediscord.Button("12", "parley:vote:down", talker, content), "/interactions/12/",
		responseType(9))
	step("the form sent", "INTERACTION_CREATE", fakediscord.ModalSubmit("13", "parley:vote:why:"+fakediscord.ChannelID+":msg-11", "parley:vote:comment", "It should say when", talker, "msg-11", content), "/interactions/13/",
		all(responseType(4), private(), bodyHas("Thanks for telling me")))
	if failed != nil {
		return failed
	}

	fmt.Println("\n== SIGTERM")
	cmd.Process.Signal(syscall.SIGTERM)
	err = cmd.Wait()
	fmt.Printf("== parley exited: %v\n", exitText(err))
	if err != nil {
		return fmt.Errorf("step \"SIGTERM\": parley exited with %v", err)
	}
	fmt.Println("== every step passed")
	return nil
}

// Checks of one REST call.
func all(checks ...func(fakediscord.Call) error) func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		for _, check := range checks {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
}

// fields reads a call's body: the message, or an interaction response's
// data.
func fields(c fakediscord.Call) (typ float64, data map[string]any) {
	var m map[string]any
	json.Unmarshal(c.Body, &m)
	if d, ok := m["data"].(map[string]any); ok {
		t, _ := m["type"].(float64)
		return t, d
	}
	return 0, m
}

func hasContent() func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		if _, d := fields(c); strings.TrimSpace(fmt.Sprint(d["content"])) == "" || d["content"] == nil {
			return fmt.Errorf("%s %s has no content: %s", c.Method, c.Path, c.Body)
		}
		return nil
	}
}

func noPings() func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		_, d := fields(c)
		am, _ := d["allowed_mentions"].(map[string]any)
		if parse, ok := am["parse"].([]any); !ok || len(parse) != 0 {
			return fmt.Errorf("%s %s may ping: allowed_mentions %v", c.Method, c.Path, d["allowed_mentions"])
		}
		return nil
	}
}

func within(limit int) func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		_, d := fields(c)
		if s, _ := d["content"].(string); len([]rune(s)) > limit {
			return fmt.Errorf("a message of %d characters, over Discord's %d", len([]rune(s)), limit)
		}
		return nil
	}
}

func responseType(want float64) func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		var m map[string]any
		json.Unmarshal(c.Body, &m)
		if m["type"] != want {
			return fmt.Errorf("response type %v, want %v: %s", m["type"], want, c.Body)
		}
		return nil
	}
}

func private() func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		_, d := fields(c)
		if f, _ := d["flags"].(float64); int(f)&64 == 0 {
			return fmt.Errorf("not private (flags %v): %s", d["flags"], c.Body)
		}
		return nil
	}
}

func bodyHas(s string) func(fakediscord.Call) error {
	return func(c fakediscord.Call) error {
		if !strings.Contains(string(c.Body), s) {
			return fmt.Errorf("%s %s lacks %q: %s", c.Method, c.Path, s, c.Body)
		}
		return nil
	}
}

func exitText(err error) string {
	if err == nil {
		return "status 0"
	}
	return err.Error()
}

// describe renders a dispatched event in one line.
func describe(ev map[string]any) string {
	if d, ok := ev["data"].(map[string]any); ok {
		if name, ok := d["name"]; ok {
			return fmt.Sprintf("type %v /%v %v", ev["type"], name, d["options"])
		}
		return fmt.Sprintf("type %v button %v", ev["type"], d["custom_id"])
	}
	return fmt.Sprintf("message %q", ev["content"])
}

// summary shows the interesting fields of a REST body, one per line.
func summary(body json.RawMessage) string {
	if len(body) == 0 {
		return ""
	}
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		var list []map[string]any
		if json.Unmarshal(body, &list) == nil {
			names := []string{}
			for _, c := range list {
				names = append(names, fmt.Sprint(c["name"]))
			}
			return fmt.Sprintf("        commands: %s\n", strings.Join(names, ", "))
		}
		return ""
	}
	var b strings.Builder
	if d, ok := m["data"].(map[string]any); ok {
		fmt.Fprintf(&b, "        type %v", m["type"])
		if f, ok := d["flags"]; ok {
			fmt.Fprintf(&b, ", flags %v", f)
		}
		b.WriteString("\n")
		m = d
	}
	if c, ok := m["content"].(string); ok && c != "" {
		fmt.Fprintf(&b, "        content (%d chars): %s\n", len([]rune(c)), indent(c))
	}
	if ch, ok := m["choices"].([]any); ok {
		for _, c := range ch {
			fmt.Fprintf(&b, "        choice: %v\n", c.(map[string]any)["name"])
		}
	}
	if am, ok := m["allowed_mentions"]; ok {
		j, _ := json.Marshal(am)
		fmt.Fprintf(&b, "        allowed_mentions: %s\n", j)
	}
	if ref, ok := m["message_reference"].(map[string]any); ok {
		fmt.Fprintf(&b, "        reply to message %v\n", ref["message_id"])
	}
	if comps, ok := m["components"].([]any); ok && len(comps) > 0 {
		fmt.Fprintf(&b, "        components: %s\n", mustJSON(comps))
	}
	return b.String()
}

func indent(s string) string {
	if len(s) > 600 {
		s = s[:300] + " […] " + s[len(s)-200:]
	}
	return strings.ReplaceAll(s, "\n", "\n                  ")
}

func mustJSON(v any) string {
	j, _ := json.Marshal(v)
	return string(j)
}
