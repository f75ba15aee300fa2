package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// build compiles a program of this module into a temporary folder.
func build(t *testing.T, pkg string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), filepath.Base(pkg))
	if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// TestEveryStepPassesAgainstParley plays the whole session against a real
// parley serve: every step's check passes.
func TestEveryStepPassesAgainstParley(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs parley")
	}
	if err := run(build(t, "github.com/parleybot/parley/cmd/parley"), "127.0.0.1:0", 30*time.Second); err != nil {
		t.Fatal(err)
	}
}

// Hardening round two, item 2: against a Parley whose /ask never edits its
// deferral, the tool fails, naming the step.
func TestItem2FailsAgainstABrokenParley(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	err := run(build(t, "./testdata/brokenparley"), "127.0.0.1:0", 2*time.Second)
	if err == nil || !strings.Contains(err.Error(), `step "/ask"`) {
		t.Fatalf("got %v, want the /ask step to fail", err)
	}
}
