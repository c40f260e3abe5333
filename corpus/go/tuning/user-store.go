package store

import (
	"context"
	"database/sql"
	"fmt"
)

type User struct {
	ID    int64
	Email string
	Name  string
}

type UserStore struct {
	db *sql.DB
}

func NewUserStore(db *sql.DB) *UserStore { return &UserStore{db: db} }

func (s *UserStore) ByID(ctx context.Context, id int64) (*User, error) {
	var u User
	// ok: injection.sql
	err := s.db.QueryRowContext(ctx, "SELECT id, email, name FROM users WHERE id = $1", id).
		Scan(&u.ID, &u.Email, &u.Name)
	if err != nil {
		return nil, err
	}
	return &u, nil
}

func (s *UserStore) Search(ctx context.Context, term, sort string) ([]User, error) {
	column := "id"
	switch sort {
	case "email":
		column = "email"
	case "name":
		column = "name"
	}
	query := fmt.Sprintf("SELECT id, email, name FROM users WHERE name ILIKE '%%%s%%' ORDER BY %s", term, column)
	// expect: injection.sql
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanUsers(rows)
}

func (s *UserStore) ListSorted(ctx context.Context, sort string) ([]User, error) {
	column := "id"
	if sort == "email" {
		column = "email"
	}
	// ok: injection.sql
	rows, err := s.db.QueryContext(ctx, "SELECT id, email, name FROM users ORDER BY "+column+" LIMIT 100")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanUsers(rows)
}

func scanUsers(rows *sql.Rows) ([]User, error) {
	var out []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Email, &u.Name); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}
