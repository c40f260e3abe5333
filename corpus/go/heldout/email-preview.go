package mail

import (
	"bytes"
	"html/template"
	"net/http"
)

type previewData struct {
	FirstName string
	Plan      string
}

// welcomeTmpl is the published welcome mail; user values are only data.
// ok: injection.template
var welcomeTmpl = template.Must(template.New("welcome").Parse(`<p>Hi {{.FirstName}}, welcome to the {{.Plan}} plan.</p>`))

// PreviewDraft lets marketing paste a draft template body and see it rendered.
func PreviewDraft(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	draft := r.PostForm.Get("template")
	// expect: injection.template
	tmpl, err := template.New("draft").Parse(draft)
	if err != nil {
		http.Error(w, "template does not parse", http.StatusUnprocessableEntity)
		return
	}
	var buf bytes.Buffer
	data := previewData{FirstName: r.PostForm.Get("first_name"), Plan: r.PostForm.Get("plan")}
	if err := tmpl.Execute(&buf, data); err != nil {
		http.Error(w, "render failed", http.StatusUnprocessableEntity)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}

// Welcome renders the published template with request values as data.
func Welcome(w http.ResponseWriter, r *http.Request) {
	data := previewData{FirstName: r.FormValue("first_name"), Plan: r.FormValue("plan")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ok: injection.template
	if err := welcomeTmpl.Execute(w, data); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}
