"""Server-side fetch proxy used by the dashboard widgets."""
from urllib.parse import urlparse

import httpx
from flask import Flask, Response, abort, request

app = Flask(__name__)

WIDGET_HOSTS = {"status.example.org", "metrics.example.org"}
WEATHER_API = "https://api.weather.example.org/v3/current"
MAX_UPLOAD = 2 * 1024 * 1024


@app.route("/proxy")
def proxy():
    target = request.args["target"]
    # expect: sandbox.net
    upstream = httpx.get(target, timeout=10.0, follow_redirects=True)
    return Response(upstream.content, status=upstream.status_code, content_type=upstream.headers.get("content-type"))


@app.route("/proxy/widget")
def widget():
    target = request.args.get("target", "")
    if urlparse(target).hostname not in WIDGET_HOSTS:
        abort(400)
    # ok: sandbox.net
    upstream = httpx.get(target, timeout=5.0)
    return Response(upstream.content, status=upstream.status_code)


@app.route("/proxy/weather")
def weather():
    city = request.args.get("city", "Berlin")
    # ok: sandbox.net
    upstream = httpx.get(WEATHER_API, params={"city": city}, timeout=5.0)
    return upstream.json()


@app.route("/proxy/forward", methods=["POST"])
def forward():
    # expect: resource.limits
    body = request.stream.read()
    callback = request.headers.get("X-Callback-Url")
    with httpx.Client(timeout=10.0) as client:
        # expect: sandbox.net
        resp = client.post(callback, content=body)
    return {"forwarded": resp.status_code}


@app.route("/proxy/upload", methods=["POST"])
def upload():
    # ok: resource.limits
    body = request.stream.read(MAX_UPLOAD + 1)
    if len(body) > MAX_UPLOAD:
        abort(413)
    return {"size": len(body)}
