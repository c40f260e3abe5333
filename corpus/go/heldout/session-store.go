package sessions

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"time"
)

type Session struct {
	ID        string
	UserID    int64
	ExpiresAt time.Time
}

type Store struct {
	DB  *sql.DB
	TTL time.Duration
}

func newSessionID() (string, error) {
	b := make([]byte, 32)
	// ok: crypto.random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func (s *Store) Create(ctx context.Context, userID int64) (*Session, error) {
	id, err := newSessionID()
	if err != nil {
		return nil, err
	}
	sess := &Session{ID: id, UserID: userID, ExpiresAt: time.Now().Add(s.TTL)}
	// ok: injection.sql
	_, err = s.DB.ExecContext(ctx, "INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)", sess.ID, sess.UserID, sess.ExpiresAt)
	return sess, err
}

func (s *Store) Load(ctx context.Context, id string) (*Session, error) {
	var sess Session
	// ok: injection.sql
	err := s.DB.QueryRowContext(ctx, "SELECT id, user_id, expires_at FROM sessions WHERE id = $1 AND expires_at > now()", id).
		Scan(&sess.ID, &sess.UserID, &sess.ExpiresAt)
	if err != nil {
		return nil, err
	}
	return &sess, nil
}

func (s *Store) PurgeExpired(ctx context.Context) (int64, error) {
	const table = "sessions"
	// ok: injection.sql
	res, err := s.DB.ExecContext(ctx, "DELETE FROM "+table+" WHERE expires_at <= now()")
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
