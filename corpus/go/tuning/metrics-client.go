package metrics

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// ok: crypto.secrets
const pushTokenURL = "https://metrics.corp.example.com/oauth/token"

// expect: crypto.secrets
const pushAPIToken = "mtk_9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c"

type Sample struct {
	Name   string            `json:"name"`
	Value  float64           `json:"value"`
	Labels map[string]string `json:"labels"`
}

// The staging pushgateway still has a self-signed certificate.
var insecureClient = &http.Client{
	Timeout: 5 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{
			// expect: crypto.tls
			InsecureSkipVerify: true,
		},
	},
}

func Push(job string, samples []Sample) error {
	body, err := json.Marshal(samples)
	if err != nil {
		return err
	}
	url := "https://metrics.corp.example.com/metrics/job/" + job
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+pushAPIToken)
	req.Header.Set("Content-Type", "application/json")
	// ok: sandbox.net
	resp, err := insecureClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("push failed: %s", resp.Status)
	}
	return nil
}
