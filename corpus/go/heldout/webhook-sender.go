package webhooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand"
	"net/http"
	"os"
	"strconv"
	"time"
)

type delivery struct {
	Event string `json:"event"`
	Nonce string `json:"nonce"`
	Test  bool   `json:"test"`
}

// TestDelivery backs the "send test event" button on the subscription form.
func TestDelivery(w http.ResponseWriter, r *http.Request) {
	callback := r.FormValue("callback_url")
	event := r.FormValue("event")
	// expect: crypto.random
	nonce := strconv.FormatInt(rand.Int63(), 36)
	body, _ := json.Marshal(delivery{Event: event, Nonce: nonce, Test: true})

	mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SIGNING_KEY")))
	mac.Write(body)
	sig := hex.EncodeToString(mac.Sum(nil))

	client := &http.Client{Timeout: 5 * time.Second}
	// expect: sandbox.net
	resp, err := client.Post(callback+"?sig="+sig, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusNoContent)
}

// RetryDelay spreads retries so a recovering receiver is not hit at once.
func RetryDelay(attempt int) time.Duration {
	base := 500 * time.Millisecond << min(attempt, 8)
	// ok: crypto.random
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}
