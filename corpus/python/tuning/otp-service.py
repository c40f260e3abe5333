"""One-time passcodes for two-factor login via SMS."""
import hashlib
import hmac
import random
import secrets
import time

from .sms import send_sms
from .store import kv

OTP_TTL = 300
MAX_ATTEMPTS = 5


def _otp_digest(code, phone):
    # expect: crypto.hash
    return hashlib.sha1(f"{phone}:{code}".encode()).hexdigest()


def issue_otp(phone):
    # expect: crypto.random
    otp = str(random.randrange(0, 10**6)).zfill(6)
    kv.set(f"otp:{phone}", _otp_digest(otp, phone), ex=OTP_TTL)
    kv.set(f"otp-attempts:{phone}", 0, ex=OTP_TTL)
    send_sms(phone, f"Your login code is {otp}")
    return True


def issue_backup_codes(count=8):
    # ok: crypto.random
    return [secrets.token_hex(4) for _ in range(count)]


def verify_otp(phone, submitted):
    attempts = kv.incr(f"otp-attempts:{phone}")
    if attempts > MAX_ATTEMPTS:
        return False
    stored = kv.get(f"otp:{phone}")
    if stored is None:
        return False
    return hmac.compare_digest(stored, _otp_digest(submitted, phone))


def sms_retry_delay(attempt):
    # ok: crypto.random
    return 2 ** attempt + random.random()


def pick_sms_gateway(gateways):
    # ok: crypto.random
    return random.choice(gateways)


def rate_window():
    # ok: crypto.hash
    return hashlib.sha256(str(int(time.time() // 60)).encode()).hexdigest()[:8]
