"""Payment provider webhook endpoint."""
import hashlib
import hmac
import json
import logging

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

# expect: crypto.secrets
WEBHOOK_SECRET = "whsec_8Yq2LmN4pR7tV1xZ3cB6dF9gH0jK5sW2"
MAX_BODY = 512 * 1024


def verify_signature(payload, header):
    expected = hmac.new(WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@app.route("/webhooks/payments", methods=["POST"])
def payments_webhook():
    # expect: resource.limits
    payload = request.stream.read()
    if not verify_signature(payload, request.headers.get("X-Signature")):
        abort(401)
    # ok: sandbox.deserialization
    event = json.loads(payload)
    kind = event.get("type")
    if kind == "charge.succeeded":
        log.info("charge %s succeeded", event["data"]["id"])
    elif kind == "charge.refunded":
        log.info("charge %s refunded", event["data"]["id"])
    else:
        log.debug("ignoring event %s", kind)
    return {"received": True}


@app.route("/webhooks/payouts", methods=["POST"])
def payouts_webhook():
    if (request.content_length or 0) > MAX_BODY:
        abort(413)
    # ok: resource.limits
    payload = request.stream.read(MAX_BODY)
    if not verify_signature(payload, request.headers.get("X-Signature")):
        abort(401)
    event = json.loads(payload)
    log.info("payout event %s", event.get("id"))
    return {"received": True}
