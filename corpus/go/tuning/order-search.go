package orders

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

type Order struct {
	ID         int64  `json:"id"`
	Customer   string `json:"customer"`
	TotalCents int64  `json:"total_cents"`
}

type Handler struct {
	DB *sql.DB
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var sb strings.Builder
	sb.WriteString("SELECT id, customer, total_cents FROM orders WHERE 1=1")
	if status := q.Get("status"); status != "" {
		sb.WriteString(" AND status = '" + status + "'")
	}
	if customer := q.Get("customer"); customer != "" {
		sb.WriteString(" AND customer = '" + customer + "'")
	}
	sb.WriteString(" ORDER BY id DESC")

	limit, _ := strconv.Atoi(q.Get("limit"))
	// expect: resource.limits
	results := make([]Order, 0, limit)

	// expect: injection.sql
	rows, err := h.DB.Query(sb.String())
	if err != nil {
		http.Error(w, "query failed", http.StatusBadRequest)
		return
	}
	defer rows.Close()
	for rows.Next() && len(results) < 200 {
		var o Order
		if err := rows.Scan(&o.ID, &o.Customer, &o.TotalCents); err != nil {
			break
		}
		results = append(results, o)
	}
	json.NewEncoder(w).Encode(results)
}

func (h *Handler) ByID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var o Order
	// ok: injection.sql
	err = h.DB.QueryRow("SELECT id, customer, total_cents FROM orders WHERE id = $1", id).Scan(&o.ID, &o.Customer, &o.TotalCents)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(o)
}
