"""Text utilities API used by the support tooling (filter, pad, repeat)."""
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_PAD = 4096
MAX_COPIES = 50
WORD_RE = re.compile(r"[A-Za-z0-9_']+")


@app.route("/filter", methods=["POST"])
def filter_lines():
    payload = request.get_json(force=True)
    # expect: resource.limits
    matcher = re.compile(payload["pattern"], re.MULTILINE)
    kept = [line for line in payload["lines"] if matcher.search(line)]
    return jsonify(kept=kept, count=len(kept))


@app.route("/words")
def words():
    text = request.args.get("text", "")
    # ok: resource.limits
    return jsonify(words=WORD_RE.findall(text))


@app.route("/pad")
def pad():
    width = request.args.get("width", default=0, type=int)
    # expect: resource.limits
    padding = " " * width
    return jsonify(padded=request.args.get("value", "") + padding)


@app.route("/pad-safe")
def pad_safe():
    width = request.args.get("width", default=0, type=int)
    if width > MAX_PAD:
        abort(400)
    # ok: resource.limits
    padding = " " * width
    return jsonify(padded=request.args.get("value", "") + padding)


@app.route("/buffer")
def buffer():
    size = request.args.get("size", default=1024, type=int)
    # expect: resource.limits
    buf = bytearray(size)
    return jsonify(allocated=len(buf))


@app.route("/copies")
def copies():
    count = request.args.get("count", default=1, type=int)
    copies = min(count, MAX_COPIES)
    out = []
    # ok: resource.limits
    for i in range(copies):
        out.append(f"{i + 1}: {request.args.get('value', '')}")
    return jsonify(out)
