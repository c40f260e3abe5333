package cms

import (
	"database/sql"
	"html/template"
	"net/http"
	"sync"
)

type Page struct {
	Slug  string
	Title string
	Body  string
	// Sidebar is trusted HTML pasted by editors.
	Sidebar string
}

type Server struct {
	DB     *sql.DB
	mu     sync.Mutex
	cache  map[string]*template.Template
	layout *template.Template
}

func (s *Server) loadPage(slug string) (*Page, error) {
	var p Page
	// ok: injection.sql
	err := s.DB.QueryRow("SELECT slug, title, body, sidebar FROM pages WHERE slug = $1 AND published", slug).
		Scan(&p.Slug, &p.Title, &p.Body, &p.Sidebar)
	return &p, err
}

// ShowPage compiles the editor-authored page body as a template on first view.
func (s *Server) ShowPage(w http.ResponseWriter, r *http.Request) {
	page, err := s.loadPage(r.PathValue("slug"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	tmpl, ok := s.cache[page.Slug]
	if !ok {
		// expect: injection.template
		tmpl, err = template.New(page.Slug).Parse(page.Body)
		if err == nil {
			s.cache[page.Slug] = tmpl
		}
	}
	s.mu.Unlock()
	if err != nil {
		http.Error(w, "page template is broken", http.StatusInternalServerError)
		return
	}
	data := map[string]any{
		"Title": page.Title,
		// expect: injection.xss
		"Sidebar": template.HTML(page.Sidebar),
		// ok: injection.xss
		"Notice": template.HTML("<strong>Beta</strong> pages may change."),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	tmpl.Execute(w, data)
}

// Layout renders the shared layout, compiled once from a file on disk.
func (s *Server) Layout(w http.ResponseWriter, r *http.Request) {
	if s.layout == nil {
		// ok: injection.template
		s.layout = template.Must(template.ParseFiles("templates/layout.html"))
	}
	// ok: injection.xss
	s.layout.Execute(w, map[string]string{"Title": r.URL.Query().Get("title")})
}
