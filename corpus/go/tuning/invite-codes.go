package invites

import (
	"context"
	crand "crypto/rand"
	"database/sql"
	"encoding/base32"
	"fmt"
	"math/rand"
)

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type Service struct {
	DB *sql.DB
}

func newInviteToken() string {
	b := make([]byte, 12)
	for i := range b {
		// expect: crypto.random
		b[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return string(b)
}

// CreateInvite lets the holder register into team.
func (s *Service) CreateInvite(ctx context.Context, team string, createdBy int64) (string, error) {
	inviteToken := newInviteToken()
	query := fmt.Sprintf("INSERT INTO invites (token, team, created_by) VALUES ('%s', '%s', %d)", inviteToken, team, createdBy)
	// expect: injection.sql
	if _, err := s.DB.ExecContext(ctx, query); err != nil {
		return "", err
	}
	return inviteToken, nil
}

// CreateInviteV2 uses the OS generator and bound parameters.
func (s *Service) CreateInviteV2(ctx context.Context, team string, createdBy int64) (string, error) {
	raw := make([]byte, 15)
	// ok: crypto.random
	if _, err := crand.Read(raw); err != nil {
		return "", err
	}
	inviteToken := base32.StdEncoding.EncodeToString(raw)
	// ok: injection.sql
	_, err := s.DB.ExecContext(ctx, "INSERT INTO invites (token, team, created_by) VALUES (?, ?, ?)", inviteToken, team, createdBy)
	return inviteToken, err
}

func (s *Service) Redeem(ctx context.Context, code string) (string, error) {
	var team string
	err := s.DB.QueryRowContext(ctx, "DELETE FROM invites WHERE token = ? RETURNING team", code).Scan(&team)
	return team, err
}

// BannerVariant picks which onboarding banner a new member sees (A/B test).
func BannerVariant() int {
	// ok: crypto.random
	return rand.Intn(3)
}
