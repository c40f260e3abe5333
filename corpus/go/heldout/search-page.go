package search

import (
	"database/sql"
	"html/template"
	"net/http"
)

var resultsTmpl = template.Must(template.New("results").Parse(`
<h1>Results for {{.Query}}</h1>
{{if .Hits}}<ul>{{range .Hits}}<li><a href="{{.URL}}">{{.Title}}</a></li>{{end}}</ul>
{{else}}<p>{{.Empty}}</p>{{end}}`))

type hit struct {
	Title string
	URL   string
}

type Handler struct {
	DB *sql.DB
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// expect: injection.sql
	rows, err := h.DB.Query("SELECT title, url FROM articles WHERE title LIKE '%" + q + "%' ORDER BY published DESC LIMIT 20")
	if err != nil {
		http.Error(w, "search unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var x hit
		if rows.Scan(&x.Title, &x.URL) == nil {
			hits = append(hits, x)
		}
	}
	data := map[string]any{
		// ok: injection.xss
		"Query": q,
		"Hits":  hits,
		// expect: injection.xss
		"Empty": template.HTML("No results for <b>" + q + "</b>. Try fewer words."),
	}
	resultsTmpl.Execute(w, data)
}

func (h *Handler) Count(w http.ResponseWriter, r *http.Request) {
	var n int
	// ok: injection.sql
	if err := h.DB.QueryRow("SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	// ok: injection.xss
	w.Write([]byte(`{"ok":true}`))
}
