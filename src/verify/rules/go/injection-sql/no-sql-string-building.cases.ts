import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "database/sql"\n\nfunc find(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT * FROM users WHERE name = $1", name)\n}',
    'package main\n\nimport (\n\t"context"\n\t"database/sql"\n)\n\nfunc del(ctx context.Context, db *sql.DB, id int64) error {\n\t_, err := db.ExecContext(ctx, "DELETE FROM items WHERE id = ?", id)\n\treturn err\n}',
    'package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n)\n\nvar sortable = map[string]string{"name": "name", "date": "created_at"}\n\nfunc list(db *sql.DB, sort string) {\n\tcol, ok := sortable[sort]\n\tif !ok {\n\t\tcol = "id"\n\t}\n\tdb.Query(fmt.Sprintf("SELECT * FROM posts ORDER BY %s", col))\n}',
    'package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n)\n\nfunc page(db *sql.DB, limit int) {\n\tdb.Query(fmt.Sprintf("SELECT * FROM posts LIMIT %d", limit))\n}',
    'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc h(c *gin.Context) {\n\tq := c.Query("q")\n\t_ = q\n}',
    'package main\n\n// db.Query("SELECT ... " + name) is injection\nfunc f() string {\n\treturn "SELECT * FROM users WHERE name = \'" + "x" + "\'"\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "database/sql"\n\nfunc find(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT * FROM users WHERE name = \'" + name + "\'")\n}', line: 6 },
    { code: 'package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"net/http"\n)\n\nfunc h(db *sql.DB, w http.ResponseWriter, r *http.Request) {\n\tq := fmt.Sprintf("DELETE FROM items WHERE id = %s", r.FormValue("id"))\n\tdb.ExecContext(r.Context(), q)\n}', line: 11 },
    { code: 'package main\n\nimport "gorm.io/gorm"\n\nfunc search(db *gorm.DB, term string) {\n\tvar out []Product\n\tdb.Where("title LIKE \'%" + term + "%\'").Find(&out)\n}', line: 7 },
    { code: 'package main\n\nimport (\n\t"github.com/jmoiron/sqlx"\n\t"strings"\n)\n\nfunc find(db *sqlx.DB, name string) {\n\tvar sb strings.Builder\n\tsb.WriteString("SELECT * FROM users WHERE name = \'")\n\tsb.WriteString(name)\n\tsb.WriteString("\'")\n\tvar users []User\n\tdb.Select(&users, sb.String())\n}', line: 14 },
  ],
})
