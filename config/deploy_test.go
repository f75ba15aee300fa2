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
