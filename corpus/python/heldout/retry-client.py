"""HTTP client with retries and jittered exponential backoff."""
import logging
import random
import time

import requests

log = logging.getLogger(__name__)

RETRYABLE = {429, 500, 502, 503, 504}


class RetryingClient:
    def __init__(self, base_url, max_attempts=5, timeout=10):
        self.base_url = base_url.rstrip("/")
        self.max_attempts = max_attempts
        self.timeout = timeout
        self.session = requests.Session()

    def _sleep(self, attempt):
        # ok: crypto.random
        delay = min(20.0, 0.5 * 2 ** attempt) * random.uniform(0.8, 1.2)
        time.sleep(delay)

    def request(self, method, path, **kwargs):
        url = f"{self.base_url}/{path.lstrip('/')}"
        for attempt in range(self.max_attempts):
            try:
                # ok: crypto.tls
                resp = self.session.request(method, url, timeout=self.timeout, verify=True, **kwargs)
            except requests.ConnectionError:
                log.warning("connection error on %s (attempt %d)", url, attempt + 1)
                self._sleep(attempt)
                continue
            if resp.status_code not in RETRYABLE:
                return resp
            self._sleep(attempt)
        raise RuntimeError(f"giving up on {method} {url}")


def fetch_json(url):
    # ok: sandbox.net
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()


def sample_hosts(hosts, k=2):
    # ok: crypto.random
    return random.sample(hosts, k=min(k, len(hosts)))
