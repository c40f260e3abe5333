"""Client for the legacy inventory API (still on a self-signed certificate)."""
import logging
import os
import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

BASE_URL = "https://inventory.corp.internal/api/v2"
# expect: crypto.secrets
API_KEY = "a7f2c9e4b1d84f6e9c03b5a8d7e21f64"
CA_BUNDLE = "/etc/ssl/certs/corp-root-ca.pem"


class LegacyTLSAdapter(HTTPAdapter):
    """The inventory appliance only speaks TLS 1.0."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = ssl.create_default_context(cafile=CA_BUNDLE)
        # expect: crypto.tls
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class InventoryClient:
    def __init__(self, api_key=API_KEY, insecure=False):
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        retries = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504))
        self.session.mount("https://", LegacyTLSAdapter(max_retries=retries))
        if insecure:
            # expect: crypto.tls
            self.session.verify = False
        else:
            # ok: crypto.tls
            self.session.verify = CA_BUNDLE

    def get_item(self, sku):
        resp = self.session.get(f"{BASE_URL}/items/{sku}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def adjust_stock(self, sku, delta):
        # expect: crypto.tls
        resp = requests.post(f"{BASE_URL}/items/{sku}/stock", json={"delta": delta}, headers={"X-Api-Key": API_KEY}, verify=False, timeout=10)
        resp.raise_for_status()
        return resp.json()


def client_from_env():
    # ok: crypto.secrets
    key = os.environ.get("INVENTORY_API_KEY", "")
    return InventoryClient(api_key=key or API_KEY)
