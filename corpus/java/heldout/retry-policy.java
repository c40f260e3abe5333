package com.acme.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/** Exponential backoff with full jitter. */
public final class RetryPolicy {

    private final Duration base;
    private final Duration max;
    private final int maxAttempts;
    // ok: crypto.random
    private final Random jitter = new Random();

    public RetryPolicy(Duration base, Duration max, int maxAttempts) {
        this.base = base;
        this.max = max;
        this.maxAttempts = maxAttempts;
    }

    public Duration delay(int attempt) {
        long exp = base.toMillis() << Math.min(attempt, 16);
        long cap = Math.min(exp, max.toMillis());
        // ok: crypto.random
        return Duration.ofMillis((long) (jitter.nextDouble() * cap));
    }

    public <T> T call(Callable<T> op) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            try {
                return op.call();
            } catch (Exception e) {
                last = e;
                Thread.sleep(delay(attempt).toMillis());
            }
        }
        throw last;
    }

    /** Randomises the order in which replicas are tried. */
    public List<String> shuffledReplicas(List<String> replicas) {
        List<String> copy = new ArrayList<>(replicas);
        // ok: crypto.random
        Collections.shuffle(copy, jitter);
        return copy;
    }
}
