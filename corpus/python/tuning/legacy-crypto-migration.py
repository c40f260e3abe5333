"""Re-encrypts customer notes from the legacy 3DES format to AES-GCM."""
import os

from Crypto.Cipher import AES, ARC4, DES3
from Crypto.Util.Padding import unpad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NEW_KEY = bytes.fromhex(os.environ["NOTES_AES_KEY"])


def decrypt_legacy(blob: bytes, legacy_key: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    # expect: crypto.hash
    cipher = DES3.new(legacy_key, DES3.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), 8)


def decrypt_v0(blob: bytes, legacy_key: bytes) -> bytes:
    # expect: crypto.hash
    return ARC4.new(legacy_key).decrypt(blob)


def decrypt_v1(blob: bytes, legacy_key: bytes) -> bytes:
    # expect: crypto.hash
    decryptor = Cipher(algorithms.AES(legacy_key), modes.ECB()).decryptor()
    return decryptor.update(blob) + decryptor.finalize()


def encrypt_current(plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: crypto.hash
    return nonce + AESGCM(NEW_KEY).encrypt(nonce, plaintext, associated)


def encrypt_stream(plaintext: bytes) -> bytes:
    nonce = os.urandom(16)
    # ok: crypto.hash
    enc = Cipher(algorithms.AES(NEW_KEY), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(plaintext) + enc.finalize()


def migrate_row(row, legacy_key):
    version = row["format"]
    if version == 0:
        plain = decrypt_v0(row["data"], legacy_key)
    elif version == 1:
        plain = decrypt_v1(row["data"], legacy_key)
    else:
        plain = decrypt_legacy(row["data"], legacy_key)
    # ok: crypto.hash
    gcm = AES.new(NEW_KEY, AES.MODE_GCM)
    ciphertext, tag = gcm.encrypt_and_digest(plain)
    return {"id": row["id"], "format": 3, "data": gcm.nonce + tag + ciphertext}
