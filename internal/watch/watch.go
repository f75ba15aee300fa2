// Package watch notices changes to a corpus folder (github.com/fsnotify/fsnotify)
// and, once they settle, asks for a reindex.
package watch

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Run watches dir until ctx ends. After a change to a .txt or .md file, it
// waits until no further change has come for debounce, then calls
// onChange once. Editors that save through a temporary file and a rename
// are seen as one change.
func Run(ctx context.Context, dir string, debounce time.Duration, onChange func(ctx context.Context)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	defer w.Close()
	if err := w.Add(dir); err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if isArticle(ev.Name) && ev.Op != fsnotify.Chmod {
				timer.Reset(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			return fmt.Errorf("watching %s: %w", dir, err)
		case <-timer.C:
			onChange(ctx)
		}
	}
}

func isArticle(name string) bool {
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(base))
	return !strings.HasPrefix(base, ".") && (ext == ".txt" || ext == ".md")
}
