"""Session and API token helpers for the account service."""
import random
import secrets
import string
import time

ALPHABET = string.ascii_letters + string.digits

# expect: crypto.secrets
SESSION_SIGNING_SECRET = "f3a9c1d27be84e0f9a6d5c3b21e7f480"


def new_session_id():
    # ok: crypto.random
    return secrets.token_urlsafe(32)


def generate_api_token(length=40):
    # expect: crypto.random
    return "".join(random.choice(ALPHABET) for _ in range(length))


def password_reset_code():
    # expect: crypto.random
    code = random.randint(100000, 999999)
    return f"{code:06d}"


def shuffle_onboarding_tips(tips):
    tips = list(tips)
    # ok: crypto.random
    random.shuffle(tips)
    return tips[:3]


def backoff_delay(attempt, base=0.5):
    # ok: crypto.random
    return min(30.0, base * (2 ** attempt)) + random.uniform(0, 0.25)


class TokenStore:
    def __init__(self):
        self._tokens = {}

    def issue(self, user_id, ttl=3600):
        token = secrets.token_hex(20)
        self._tokens[token] = (user_id, time.time() + ttl)
        return token

    def validate(self, token):
        entry = self._tokens.get(token)
        if entry is None or entry[1] < time.time():
            return None
        return entry[0]
