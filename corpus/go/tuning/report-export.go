package reports

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

const exportDir = "/srv/exports"

type Exporter struct {
	DB *sql.DB
}

// Export writes one CSV per report; fileName comes from the job definition.
func (e *Exporter) Export(reportID int64, fileName string) (int, error) {
	// ok: injection.sql
	rows, err := e.DB.Query("SELECT label, amount FROM report_rows WHERE report_id = ? ORDER BY label", reportID)
	if err != nil {
		return 0, err
	}
	defer rows.Close()

	// expect: sandbox.fs
	f, err := os.Create(filepath.Join(exportDir, fileName))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	cw := csv.NewWriter(f)
	cw.Write([]string{"label", "amount"})
	count := 0
	for rows.Next() {
		var label string
		var amount float64
		if err := rows.Scan(&label, &amount); err != nil {
			return count, err
		}
		cw.Write([]string{label, strconv.FormatFloat(amount, 'f', 2, 64)})
		count++
	}
	cw.Flush()
	return count, cw.Error()
}

// Purge drops rows of a finished job's scratch table.
func (e *Exporter) Purge(table string, olderThanDays int) (int64, error) {
	stmt := fmt.Sprintf("DELETE FROM %s WHERE created_at < datetime('now', '-%d days')", table, olderThanDays)
	// expect: injection.sql
	res, err := e.DB.Exec(stmt)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
