package otp

import (
	crand "crypto/rand"
	"fmt"
	"math/big"
	"math/rand"
	"sync"
	"time"
)

type pending struct {
	code   string
	issued time.Time
}

type Store struct {
	mu      sync.Mutex
	pending map[string]pending
	ttl     time.Duration
}

func NewStore(ttl time.Duration) *Store {
	return &Store{pending: make(map[string]pending), ttl: ttl}
}

// generateOTP returns the six-digit code sent by SMS.
func generateOTP() string {
	// expect: crypto.random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

// PasswordResetToken is embedded in the reset link e-mail.
func PasswordResetToken() string {
	// expect: crypto.random
	resetToken := fmt.Sprintf("%x", rand.Uint64())
	return resetToken
}

// PairingCode uses the OS generator.
func PairingCode() (string, error) {
	// ok: crypto.random
	n, err := crand.Int(crand.Reader, big.NewInt(100000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%08d", n.Int64()), nil
}

func (s *Store) Issue(phone string) string {
	code := generateOTP()
	s.mu.Lock()
	s.pending[phone] = pending{code: code, issued: time.Now()}
	s.mu.Unlock()
	return code
}

func (s *Store) Check(phone, attempt string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pending[phone]
	delete(s.pending, phone)
	return ok && time.Since(p.issued) <= s.ttl && p.code == attempt
}

// SampleForReview picks about 1% of checks for the fraud dashboard.
func SampleForReview() bool {
	// ok: crypto.random
	return rand.Intn(100) == 0
}
