"""Generates link previews (title, description) for chat messages."""
import re
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

OEMBED_ENDPOINT = "https://oembed.example.net/api/v1/embed?url="
ALLOWED_IMAGE_HOSTS = {"images.example.net", "cdn.example.net"}
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def extract_title(html):
    match = TITLE_RE.search(html)
    return match.group(1).strip() if match else None


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        abort(400)
    # expect: sandbox.net
    resp = requests.get(url, timeout=5, allow_redirects=True)
    return jsonify(url=url, status=resp.status_code, title=extract_title(resp.text))


@app.route("/preview/oembed")
def oembed():
    target = request.args["url"]
    # ok: sandbox.net
    resp = requests.get(OEMBED_ENDPOINT + requests.utils.quote(target, safe=""), timeout=5)
    return jsonify(resp.json())


@app.route("/preview/image")
def image_meta():
    src = request.args.get("src", "")
    host = urlparse(src).hostname
    if host not in ALLOWED_IMAGE_HOSTS:
        abort(403)
    # ok: sandbox.net
    head = requests.head(src, timeout=3)
    return jsonify(type=head.headers.get("Content-Type"), size=head.headers.get("Content-Length"))


@app.route("/preview/avatar/<username>")
def avatar(username):
    # ok: sandbox.net
    resp = requests.get(f"https://avatars.example.net/u/{username}.json", timeout=3)
    return jsonify(resp.json())
