package upload

import (
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const uploadDir = "/var/lib/app/uploads"
const maxUpload = 10 << 20

// HandleUpload stores a multipart file under uploadDir.
func HandleUpload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload)
	if err := r.ParseMultipartForm(maxUpload); err != nil {
		http.Error(w, "upload too large", http.StatusRequestEntityTooLarge)
		return
	}
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "missing file", http.StatusBadRequest)
		return
	}
	defer file.Close()

	dest := filepath.Join(uploadDir, header.Filename)
	// expect: sandbox.fs
	out, err := os.Create(dest)
	if err != nil {
		http.Error(w, "cannot store file", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	n, err := io.Copy(out, file)
	if err != nil {
		http.Error(w, "write failed", http.StatusInternalServerError)
		return
	}
	log.Printf("stored upload %q (%d bytes)", header.Filename, n)
	w.WriteHeader(http.StatusCreated)
}

// HandleDownload serves a previously uploaded file by name.
func HandleDownload(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	if name == "." || name == string(filepath.Separator) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Disposition", "attachment")
	// ok: sandbox.fs
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}
