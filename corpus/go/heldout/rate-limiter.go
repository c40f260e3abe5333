package ratelimit

import (
	"context"
	"math/rand"
	"sync"
	"time"
)

// Bucket is a token bucket; "tokens" here are request permits, not credentials.
type Bucket struct {
	mu       sync.Mutex
	capacity float64
	permits  float64
	rate     float64
	last     time.Time
}

func NewBucket(capacity int, perSecond float64) *Bucket {
	return &Bucket{capacity: float64(capacity), permits: float64(capacity), rate: perSecond, last: time.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	b.permits += now.Sub(b.last).Seconds() * b.rate
	if b.permits > b.capacity {
		b.permits = b.capacity
	}
	b.last = now
	if b.permits < 1 {
		return false
	}
	b.permits--
	return true
}

// Backoff returns a full-jitter delay for the given attempt.
func Backoff(attempt int, base, max time.Duration) time.Duration {
	d := base << min(attempt, 16)
	if d > max || d <= 0 {
		d = max
	}
	// ok: crypto.random
	return time.Duration(rand.Int63n(int64(d) + 1))
}

// Wait blocks until the bucket allows a request or ctx is done.
func (b *Bucket) Wait(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		if b.Allow() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(Backoff(attempt, 5*time.Millisecond, 250*time.Millisecond)):
		}
	}
}

// Shuffle randomises the order in which shards are drained.
func Shuffle(shards []string) {
	// ok: crypto.random
	rand.Shuffle(len(shards), func(i, j int) { shards[i], shards[j] = shards[j], shards[i] })
}
