package weather

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

const baseURL = "https://api.openweathermap.org/data/2.5"

type Current struct {
	Name string `json:"name"`
	Main struct {
		Temp     float64 `json:"temp"`
		Humidity int     `json:"humidity"`
	} `json:"main"`
}

type Client struct {
	http   *http.Client
	apiKey string
}

func NewFromEnv() (*Client, error) {
	// ok: crypto.secrets
	apiKey := os.Getenv("OPENWEATHER_API_KEY")
	if apiKey == "" {
		return nil, fmt.Errorf("OPENWEATHER_API_KEY is not set")
	}
	tr := &http.Transport{
		// ok: crypto.tls
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	}
	return &Client{http: &http.Client{Transport: tr, Timeout: 8 * time.Second}, apiKey: apiKey}, nil
}

func (c *Client) Current(ctx context.Context, city string) (*Current, error) {
	q := url.Values{"q": {city}, "appid": {c.apiKey}, "units": {"metric"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/weather?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	// ok: sandbox.net
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("weather: %s", resp.Status)
	}
	var cur Current
	return &cur, json.NewDecoder(resp.Body).Decode(&cur)
}

// Ping checks that the API is reachable.
func Ping() error {
	// ok: sandbox.net
	resp, err := http.Get("https://api.openweathermap.org/")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
