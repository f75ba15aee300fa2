package config

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestDeployFilesUseKnownKeys checks that the compose example and the
// Dockerfile only set keys Parley reads, so they cannot drift from it.
func TestDeployFilesUseKnownKeys(t *testing.T) {
	data, err := os.ReadFile("../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(data, &compose); err != nil {
		t.Fatal(err)
	}
	env := compose.Services["parley"].Environment
	if len(env) < 4 {
		t.Fatalf("parley service sets %d variables", len(env))
	}
	for name, svc := range compose.Services {
		for key := range svc.Environment {
			if _, ok := settingByKey(key); !ok && strings.HasPrefix(key, "PARLEY_") {
				t.Errorf("docker-compose.yml's %s sets unknown key %s", name, key)
			}
		}
	}
	// The scaling profile: replicas on the Interactions Endpoint, nginx in
	// front of them with the config in deploy/.
	rep := compose.Services["parley-replica"].Environment
	if rep["PARLEY_INTERACTIONS_ADDR"] == "" || rep["PARLEY_DISCORD_PUBLIC_KEY"] == "" {
		t.Errorf("parley-replica environment %v", rep)
	}
	if _, err := os.Stat("../deploy/nginx.conf"); err != nil {
		t.Errorf("deploy/nginx.conf: %v", err)
	}
	if !strings.Contains(env["PARLEY_LLM_BASE_URL"], "ollama:11434/v1") {
		t.Errorf("compose LLM URL %q", env["PARLEY_LLM_BASE_URL"])
	}
	df, err := os.ReadFile("../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "distroless/static", "USER nonroot", `"parley", "health"`, "RUN go mod download", "PARLEY_DATA_DIR=/data", `VOLUME ["/data"]`} {
		if !strings.Contains(string(df), want) && !strings.Contains(string(df), strings.ReplaceAll(want, `"parley"`, `"/usr/local/bin/parley"`)) {
			t.Errorf("Dockerfile lacks %s", want)
		}
	}
	for _, line := range strings.Split(string(df), "\n") {
		for _, f := range strings.Fields(line) {
			if k, _, ok := strings.Cut(f, "="); ok && strings.HasPrefix(k, "PARLEY_") {
				if _, known := settingByKey(k); !known {
					t.Errorf("Dockerfile sets unknown key %s", k)
				}
			}
		}
	}
}

// Hardening round two, item 14: images pinned to versions, Ollama with a
// healthcheck that Parley waits for, nginx published on loopback only.
func TestItem14ComposePinnedAndHealthy(t *testing.T) {
	data, err := os.ReadFile("../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string         `yaml:"image"`
			Build       any            `yaml:"build"`
			Healthcheck map[string]any `yaml:"healthcheck"`
			DependsOn   any            `yaml:"depends_on"`
			Ports       []string       `yaml:"ports"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(data, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	for name, svc := range compose.Services {
		if svc.Build != nil {
			continue // built here: its tag is ours
		}
		_, tag, ok := strings.Cut(svc.Image, ":")
		if !ok || tag == "latest" || tag == "stable" || !strings.ContainsAny(tag, "0123456789") {
			t.Errorf("%s's image %q is not pinned to a version", name, svc.Image)
		}
		for _, p := range svc.Ports {
			if !strings.HasPrefix(p, "127.0.0.1:") {
				t.Errorf("%s publishes %q beyond this machine", name, p)
			}
		}
	}
	if compose.Services["ollama"].Healthcheck["test"] == nil {
		t.Error("ollama has no healthcheck")
	}
	for _, name := range []string{"parley", "parley-replica"} {
		deps, _ := compose.Services[name].DependsOn.(map[string]any)
		ollama, _ := deps["ollama"].(map[string]any)
		if c := ollama["condition"]; c != "service_healthy" {
			t.Errorf("%s waits for ollama with condition %v, want service_healthy", name, c)
		}
	}
}

// Hardening round two, item 4: CI stops no process by name; the tests
// stop what they start, by PID.
func TestItem4CIKillsNothingByName(t *testing.T) {
	data, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"pkill", "killall", "service nginx stop"} {
		if strings.Contains(string(data), bad) {
			t.Errorf(".ci/run runs %q", bad)
		}
	}
}

// Hardening round two, item 15: no dependency is an old pseudo-version,
// and the module keeps the Go floor the README states (1.24).
func TestItem15DependenciesCurrent(t *testing.T) {
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	mod := string(data)
	if !strings.Contains(mod, "\ngo 1.24") {
		t.Error("go.mod's go line is not 1.24")
	}
	for _, line := range strings.Split(mod, "\n") {
		if strings.Contains(line, "golang.org/x/") && strings.Contains(line, "v0.0.0-") {
			t.Errorf("an old pseudo-version: %s", strings.TrimSpace(line))
		}
	}
}
