package static

import (
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const assetRoot = "/srv/www/assets"

// Handler serves the public directory and the docs tree.
func Handler() http.Handler {
	mux := http.NewServeMux()
	// ok: sandbox.fs
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("public"))))
	mux.HandleFunc("/docs/", serveDoc)
	mux.HandleFunc("/robots.txt", robots)
	return mux
}

func serveDoc(w http.ResponseWriter, r *http.Request) {
	rel := strings.TrimPrefix(r.URL.Path, "/docs/")
	if !filepath.IsLocal(rel) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	full := filepath.Join(assetRoot, rel)
	if ctype := mime.TypeByExtension(filepath.Ext(full)); ctype != "" {
		w.Header().Set("Content-Type", ctype)
	}
	// ok: sandbox.fs
	data, err := os.ReadFile(full)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func serveArchive(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	candidate := filepath.Join(assetRoot, "archive", name)
	rel, err := filepath.Rel(filepath.Join(assetRoot, "archive"), candidate)
	if err != nil || strings.HasPrefix(rel, "..") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: sandbox.fs
	http.ServeFile(w, r, candidate)
}

func robots(w http.ResponseWriter, r *http.Request) {
	// ok: sandbox.fs
	http.ServeFile(w, r, "/srv/www/robots.txt")
}

var _ = serveArchive
