package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func envOf(m map[string]string) Getenv { return func(k string) string { return m[k] } }

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "parley.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPrecedence runs the matrix: for one key, each combination of file,
// env and flag, the strongest set one wins, and its origin is reported.
func TestPrecedence(t *testing.T) {
	for _, file := range []bool{false, true} {
		for _, env := range []bool{false, true} {
			for _, flag := range []bool{false, true} {
				name := map[bool]string{false: "-", true: "+"}
				t.Run("file"+name[file]+"env"+name[env]+"flag"+name[flag], func(t *testing.T) {
					e := map[string]string{}
					flags := map[string]string{}
					if file {
						flags[ConfigKey] = writeFile(t, "PARLEY_TOP_K: 7\n")
					}
					if env {
						e["PARLEY_TOP_K"] = "8"
					}
					if flag {
						flags["PARLEY_TOP_K"] = "9"
					}
					l, err := Load(envOf(e), flags)
					if err != nil {
						t.Fatal(err)
					}
					want, origin := 5, FromDefault
					switch {
					case flag:
						want, origin = 9, FromFlag
					case env:
						want, origin = 8, FromEnv
					case file:
						want, origin = 7, FromFile
					}
					if l.TopK != want || l.Origins["PARLEY_TOP_K"] != origin {
						t.Errorf("TopK %d from %s, want %d from %s", l.TopK, l.Origins["PARLEY_TOP_K"], want, origin)
					}
				})
			}
		}
	}
}

func TestFileEnvAndFallbacks(t *testing.T) {
	p := writeFile(t, `# Parley on a home server
PARLEY_LLM_BASE_URL: http://ollama:11434/v1
PARLEY_LLM_MODEL: llama3.2
PARLEY_LLM_TIMEOUT: 45s
PARLEY_DISCORD_CHANNELS:
  - "111111111111111111"
  - "222222222222222222"
PARLEY_WATCH: false
`)
	l, err := Load(envOf(map[string]string{"PARLEY_CONFIG": p, "OPENAI_API_KEY": "sk-fallback", "PARLEY_LLM_MODEL": "qwen2.5"}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if l.File != p || l.LLMBaseURL != "http://ollama:11434/v1" || l.LLMTimeout != 45*time.Second || l.Watch {
		t.Errorf("from file: %+v", l.Config)
	}
	if l.LLMModel != "qwen2.5" || l.Origins["PARLEY_LLM_MODEL"] != FromEnv {
		t.Errorf("env should beat the file: %q from %s", l.LLMModel, l.Origins["PARLEY_LLM_MODEL"])
	}
	if strings.Join(l.DiscordChannels, ",") != "111111111111111111,222222222222222222" {
		t.Errorf("channels %v", l.DiscordChannels)
	}
	if l.LLMAPIKey != "sk-fallback" {
		t.Errorf("OPENAI_API_KEY fallback not used")
	}
	l, _ = Load(envOf(map[string]string{"OPENAI_API_KEY": "sk-fallback", "PARLEY_LLM_API_KEY": "sk-parley"}), nil)
	if l.LLMAPIKey != "sk-parley" {
		t.Errorf("PARLEY_LLM_API_KEY should beat OPENAI_API_KEY")
	}
}

func TestValidationNamesKeyAndExpectation(t *testing.T) {
	tests := []struct {
		env  map[string]string
		file string
		want string
	}{
		{map[string]string{"PARLEY_LLM_TIMEOUT": "abc"}, "", `PARLEY_LLM_TIMEOUT: "abc" is not a duration, e.g. 30s`},
		// Hardening item 19: zero and negative timeouts must be positive.
		{map[string]string{"PARLEY_LLM_TIMEOUT": "-5s"}, "", `PARLEY_LLM_TIMEOUT: "-5s" must be positive`},
		{map[string]string{"PARLEY_LLM_TIMEOUT": "0"}, "", `PARLEY_LLM_TIMEOUT: "0" must be positive`},
		// Hardening item 18: addresses are checked when read.
		{map[string]string{"PARLEY_HTTP_ADDR": "notanaddr"}, "", `PARLEY_HTTP_ADDR: "notanaddr" is not an address`},
		{map[string]string{"PARLEY_HTTP_ADDR": "127.0.0.1:99999"}, "", `PARLEY_HTTP_ADDR: "127.0.0.1:99999" has no valid port`},
		{map[string]string{"PARLEY_TOP_K": "many"}, "", `PARLEY_TOP_K: "many" is not a whole number, e.g. 5`},
		{map[string]string{"PARLEY_TOP_K": "0"}, "", `PARLEY_TOP_K: 0 is out of range, expected 1 to 50`},
		{map[string]string{"PARLEY_EMBED_PROVIDER": "magic"}, "", `PARLEY_EMBED_PROVIDER: "magic" is not one of local, openai`},
		{map[string]string{"PARLEY_EMBED_PROVIDER": "openai"}, "", `PARLEY_EMBED_PROVIDER: openai needs`},
		{map[string]string{"PARLEY_LLM_BASE_URL": "localhost:11434"}, "", `PARLEY_LLM_BASE_URL: "localhost:11434" is not a URL`},
		{map[string]string{"PARLEY_DISCORD_CHANNELS": "123,general"}, "", `PARLEY_DISCORD_CHANNELS: "general" is not a channel ID`},
		{map[string]string{"PARLEY_DISCORD_GUILD_ID": "my-server"}, "", `PARLEY_DISCORD_GUILD_ID: "my-server" is not a server ID`},
		{map[string]string{"PARLEY_WATCH": "sometimes"}, "", `PARLEY_WATCH: "sometimes" is not true or false`},
		{map[string]string{"PARLEY_LOG_FORMAT": "xml"}, "", `PARLEY_LOG_FORMAT: "xml" is not one of text, json`},
		{nil, "PARLEY_LLM_MODLE: llama3.2\n", `PARLEY_LLM_MODLE (in `},
		{nil, "PARLEY_LLM_MODLE: llama3.2\n", `unknown key (did you mean PARLEY_LLM_MODEL?)`},
		{nil, "PARLEY_TOP_K: 3\nPARLEY_TOP_K: 4\n", `set twice`},
		{nil, "PARLEY_LLM_TIMEOUT: soon\n", `PARLEY_LLM_TIMEOUT (in `},
		{nil, "just a string\n", `should hold KEY: value pairs`},
		{nil, "PARLEY_TOP_K: [1\n", `is not valid YAML`},
	}
	for _, tt := range tests {
		flags := map[string]string{}
		if tt.file != "" {
			flags[ConfigKey] = writeFile(t, tt.file)
		}
		_, err := Load(envOf(tt.env), flags)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("env %v file %q: err = %v, want %q", tt.env, tt.file, err, tt.want)
		}
	}
	// Several bad values are all reported at once.
	_, err := Load(envOf(map[string]string{"PARLEY_TOP_K": "x", "PARLEY_LLM_TIMEOUT": "y"}), nil)
	if err == nil || !strings.Contains(err.Error(), "PARLEY_TOP_K") || !strings.Contains(err.Error(), "PARLEY_LLM_TIMEOUT") {
		t.Errorf("err = %v, want both keys", err)
	}
	if _, err := Load(envOf(map[string]string{"PARLEY_CONFIG": "/nonexistent/parley.yaml"}), nil); err == nil || !strings.Contains(err.Error(), "/nonexistent/parley.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

func TestSecretsAreMasked(t *testing.T) {
	l, err := Load(envOf(map[string]string{"PARLEY_DISCORD_TOKEN": "MTIz.secret-token", "PARLEY_LLM_API_KEY": "sk-very-secret"}), nil)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, e := range l.Entries() {
		all.WriteString(e.Key + "=" + e.Value + "\n")
		if e.Secret && e.Value != "(set, hidden)" {
			t.Errorf("%s shown as %q", e.Key, e.Value)
		}
	}
	for _, s := range []string{"MTIz", "secret-token", "sk-very"} {
		if strings.Contains(all.String(), s) {
			t.Errorf("secret %q printed", s)
		}
	}
	if got := l.Secrets(); len(got) != 2 {
		t.Errorf("Secrets() = %d values", len(got))
	}
	if MaskSecret("") != "(not set)" {
		t.Error("an unset secret should say so")
	}
}

func TestDefaultsAreValid(t *testing.T) {
	if err := Defaults().Validate(); err != nil {
		t.Fatal(err)
	}
	l, err := Load(envOf(nil), nil)
	if err != nil || l.Origins["PARLEY_LLM_MODEL"] != FromDefault || len(l.Entries()) < 20 {
		t.Fatalf("%v %+v", err, l.Origins)
	}
}

// Hardening item 18: a bad PARLEY_HTTP_ADDR is caught by config, before
// any index is built.
func TestItem18HTTPAddrValidated(t *testing.T) {
	for _, bad := range []string{"notanaddr", "localhost", "127.0.0.1:99999", "a b:80"} {
		if _, err := Load(envOf(map[string]string{"PARLEY_HTTP_ADDR": bad}), nil); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	for _, good := range []string{":8080", "127.0.0.1:0", "[::1]:9090", "parley.internal:80"} {
		if _, err := Load(envOf(map[string]string{"PARLEY_HTTP_ADDR": good}), nil); err != nil {
			t.Errorf("%q refused: %v", good, err)
		}
	}
}

// Hardening item 19: a zero or negative timeout says it must be positive.
func TestItem19TimeoutMustBePositive(t *testing.T) {
	for _, v := range []string{"-5s", "0", "0s"} {
		_, err := Load(envOf(map[string]string{"PARLEY_LLM_TIMEOUT": v}), nil)
		if err == nil || !strings.Contains(err.Error(), "must be positive") {
			t.Errorf("%q: %v", v, err)
		}
	}
}
