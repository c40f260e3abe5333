"""Delivers outgoing webhooks to subscriber endpoints."""
import logging

import jsonpickle
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("webhooks")

SUBSCRIPTIONS = {}


def deliver(url, event):
    # ok: sandbox.net
    return requests.post(url, json=event, timeout=5)


@app.route("/subscriptions", methods=["POST"])
def subscribe():
    body = request.get_json()
    endpoint = body["endpoint"]
    # expect: sandbox.net
    probe = requests.post(endpoint, json={"type": "ping"}, timeout=5)
    if probe.status_code >= 400:
        return jsonify(error="endpoint rejected ping"), 400
    SUBSCRIPTIONS[body["event"]] = endpoint
    return jsonify(subscribed=True), 201


@app.route("/replay", methods=["POST"])
def replay():
    # expect: sandbox.deserialization
    event = jsonpickle.decode(request.data.decode("utf-8"))
    target = request.args.get("to")
    # expect: sandbox.net, crypto.tls
    resp = requests.post(target, json=event.__dict__, timeout=5, verify=False)
    return jsonify(status=resp.status_code)


def fan_out(event_type, event):
    url = SUBSCRIPTIONS.get(event_type)
    if url is None:
        return
    try:
        deliver(url, event)
    except requests.RequestException:
        log.warning("delivery of %s failed", event_type)
