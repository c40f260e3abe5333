package hooks

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

// expect: crypto.secrets
const githubWebhookSecret = "gh-hook-7Hc9qLm2Vx4Rt8Zp"

func stripeSecret() string {
	// ok: crypto.secrets
	return os.Getenv("STRIPE_WEBHOOK_SECRET")
}

// verifyLegacy checks GitHub's old X-Hub-Signature header.
func verifyLegacy(body []byte, header string) bool {
	// expect: crypto.hash
	mac := hmac.New(sha1.New, []byte(githubWebhookSecret))
	mac.Write(body)
	expected := "sha1=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(header))
}

func verify(body []byte, header string) bool {
	// ok: crypto.hash
	mac := hmac.New(sha256.New, []byte(githubWebhookSecret))
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(header))
}

func GitHub(w http.ResponseWriter, r *http.Request) {
	// ok: resource.limits
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	ok := false
	if sig := r.Header.Get("X-Hub-Signature-256"); sig != "" {
		ok = verify(body, sig)
	} else if sig := r.Header.Get("X-Hub-Signature"); sig != "" {
		ok = verifyLegacy(body, sig)
	}
	if !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func Stripe(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(stripeSecret()))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Stripe-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}
