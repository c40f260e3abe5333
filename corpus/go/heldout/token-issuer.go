package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// expect: crypto.secrets
var jwtSecret = []byte("s3cr3t-signing-key-prod-2024")

func IssueJWT(userID string) (string, error) {
	claims := jwt.MapClaims{
		"sub": userID,
		"exp": time.Now().Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtSecret)
}

// NewRefreshToken returns an opaque refresh token.
func NewRefreshToken() string {
	// expect: crypto.random
	token := fmt.Sprintf("%016x%016x", rand.Int63(), rand.Int63())
	return token
}

// NewCSRFToken uses the OS generator.
func NewCSRFToken() (string, error) {
	buf := make([]byte, 32)
	// ok: crypto.random
	if _, err := crand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

// PickReplica spreads reads across replicas.
func PickReplica(replicas []string) string {
	// ok: crypto.random
	return replicas[rand.Intn(len(replicas))]
}
