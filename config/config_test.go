package config

import (
	"strings"
	"testing"
	"time"
)

func TestFromEnv(t *testing.T) {
	env := map[string]string{
		"PARLEY_CORPUS_DIR":  "/articles",
		"PARLEY_DATA_DIR":    "/data",
		"PARLEY_LLM_TIMEOUT": "30s",
		"PARLEY_TOP_K":       "7",
		"OPENAI_API_KEY":     "sk-fallback",
	}
	c, err := Defaults().FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.CorpusDir != "/articles" || c.DataDir != "/data" || c.LLMTimeout != 30*time.Second || c.TopK != 7 {
		t.Errorf("got %+v", c)
	}
	if c.LLMAPIKey != "sk-fallback" {
		t.Errorf("OPENAI_API_KEY fallback not used: %q", c.LLMAPIKey)
	}
	env["PARLEY_LLM_API_KEY"] = "sk-parley"
	c, _ = Defaults().FromEnv(func(k string) string { return env[k] })
	if c.LLMAPIKey != "sk-parley" {
		t.Errorf("PARLEY_LLM_API_KEY does not win over OPENAI_API_KEY: %q", c.LLMAPIKey)
	}
}

func TestFromEnvErrorsNameTheKey(t *testing.T) {
	tests := []struct{ key, val, want string }{
		{"PARLEY_LLM_TIMEOUT", "abc", `PARLEY_LLM_TIMEOUT: "abc" is not a duration, e.g. 30s`},
		{"PARLEY_LLM_TIMEOUT", "-5s", `PARLEY_LLM_TIMEOUT: "-5s" is not a duration`},
		{"PARLEY_TOP_K", "many", `PARLEY_TOP_K: "many" is not a whole number`},
	}
	for _, tt := range tests {
		_, err := Defaults().FromEnv(func(k string) string {
			if k == tt.key {
				return tt.val
			}
			return ""
		})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s=%s: err = %v, want %q", tt.key, tt.val, err, tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	if err := Defaults().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	c := Defaults()
	c.TopK, c.EmbedProvider = 0, "magic"
	err := c.Validate()
	for _, want := range []string{"PARLEY_TOP_K: 0 is out of range", `PARLEY_EMBED_PROVIDER: "magic"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	}
}
