package web

import (
	"fmt"
	"html"
	"net/http"
	"strings"
)

// Greet renders a personalised greeting for the landing page.
func Greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "friend"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// expect: injection.xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
	// ok: injection.xss
	fmt.Fprint(w, "<p>Welcome back to the dashboard.</p>")
}

// GreetSafe escapes the name before writing it.
func GreetSafe(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(strings.TrimSpace(r.FormValue("name")))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ok: injection.xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

// Farewell echoes the referring campaign in the footer.
func Farewell(w http.ResponseWriter, r *http.Request) {
	campaign := r.FormValue("utm_campaign")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintln(w, "<p>Thanks for visiting.</p>")
	// expect: injection.xss
	fmt.Fprintln(w, "<footer>campaign: "+campaign+"</footer>")
}
