package web

import (
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// SPA serves the built single-page app from dist: files as they are (hashed assets cached for a
// year), and index.html for every other path so the app's own routes survive a reload.
func SPA(dist fs.FS) http.Handler {
	files := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "Method not allowed.", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "playground.html" {
			http.Redirect(w, r, "/playground", http.StatusMovedPermanently)
			return
		}
		if info, err := fs.Stat(dist, name); name != "" && err == nil && !info.IsDir() {
			if strings.HasPrefix(name, "assets/") {
				w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			}
			files.ServeHTTP(w, r)
			return
		}
		ServePage(w, r, dist, "index.html")
	})
}

// ServePage serves one HTML page of dist, never cached, so a new deployment shows at once.
func ServePage(w http.ResponseWriter, r *http.Request, dist fs.FS, name string) {
	page, err := fs.ReadFile(dist, name)
	if errors.Is(err, fs.ErrNotExist) {
		http.Error(w, "The web app has not been built: run `npm ci && npm run build`, then restart the portal.", http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(page)
}
