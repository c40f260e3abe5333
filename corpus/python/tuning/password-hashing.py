"""Password hashing helpers (PBKDF2-HMAC-SHA256).

Older accounts were migrated away from unsalted MD5 and SHA-1 hashes in 2019;
the strings 'md5' and 'sha1' below only label those legacy records.
"""
import base64
import hashlib
import hmac
import secrets

ITERATIONS = 600_000
# ok: crypto.hash
LEGACY_SCHEMES = ("md5", "sha1")


def hash_password(password: str) -> str:
    # ok: crypto.random
    salt = secrets.token_bytes(16)
    # ok: crypto.hash
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return "pbkdf2_sha256${}${}${}".format(
        ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    if scheme in LEGACY_SCHEMES:
        raise ValueError("legacy hash must be reset")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(dk, expected)


def fingerprint(data: bytes) -> str:
    # ok: crypto.hash
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def needs_rehash(encoded: str) -> bool:
    scheme, iterations, *_ = encoded.split("$")
    return scheme != "pbkdf2_sha256" or int(iterations) < ITERATIONS
