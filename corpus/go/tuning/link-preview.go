package chat

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"time"
)

var ogTitle = regexp.MustCompile(`<meta property="og:title" content="([^"]*)"`)

var previewClient = &http.Client{Timeout: 4 * time.Second}

// LinkCard renders an OpenGraph card for a link pasted into chat.
func LinkCard(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: sandbox.net
	resp, err := previewClient.Get(target)
	if err != nil {
		http.Error(w, "could not fetch link", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(io.LimitReader(resp.Body, 512<<10))

	title := "Untitled"
	if m := ogTitle.FindSubmatch(page); m != nil {
		title = html.UnescapeString(string(m[1]))
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// expect: injection.xss
	fmt.Fprintf(w, `<div class="card"><a href="%s">%s</a></div>`, target, title)
}

// LinkCardSafe escapes both the link and its label.
func LinkCardSafe(w http.ResponseWriter, r *http.Request) {
	target := html.EscapeString(r.URL.Query().Get("url"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ok: injection.xss
	fmt.Fprintf(w, `<div class="card"><a href="%s">%s</a></div>`, target, target)
}
