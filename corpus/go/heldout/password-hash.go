package accounts

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

var ErrWeakPassword = errors.New("password must be at least 12 characters")

// HashPassword stores passwords with bcrypt.
// (The old service used unsalted MD5; those hashes are upgraded at next login.)
func HashPassword(password string) (string, error) {
	if len(password) < 12 {
		return "", ErrWeakPassword
	}
	b, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	return string(b), err
}

func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// AttemptBucket keys login rate limiting per account without storing e-mails.
func AttemptBucket(email string) string {
	// ok: crypto.hash
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return hex.EncodeToString(sum[:8])
}

// IsLegacyHash reports whether a stored value still needs upgrading.
func IsLegacyHash(stored string) bool {
	return len(stored) == 32 && !strings.HasPrefix(stored, "$2")
}

// NewResetSecret returns the random part of a password-reset link.
func NewResetSecret() (string, error) {
	b := make([]byte, 32)
	// ok: crypto.random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// placeholder used by the signup form before the user types anything.
// ok: crypto.secrets
const passwordPlaceholder = "changeme"
