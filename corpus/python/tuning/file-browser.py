"""Read-only file browser for the shared reports volume."""
import os

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)

SHARE_ROOT = "/mnt/reports"


def resolve_inside_share(relative):
    candidate = os.path.realpath(os.path.join(SHARE_ROOT, relative))
    if not candidate.startswith(SHARE_ROOT + os.sep):
        abort(403)
    return candidate


@app.route("/browse")
def browse():
    rel = request.args.get("dir", "")
    # expect: sandbox.fs
    entries = os.listdir(os.path.join(SHARE_ROOT, rel))
    return jsonify(sorted(entries))


@app.route("/download")
def download():
    rel = request.args.get("file", "")
    path = os.path.realpath(os.path.join(SHARE_ROOT, rel))
    if not path.startswith(SHARE_ROOT + os.sep):
        abort(403)
    # ok: sandbox.fs
    return send_file(path, as_attachment=True)


@app.route("/raw")
def raw():
    name = request.args["name"]
    # expect: sandbox.fs
    return send_file(SHARE_ROOT + "/" + name, mimetype="text/plain")


@app.route("/stat")
def stat():
    target = request.args.get("path", "")
    # expect: sandbox.fs
    with open(target, "rb") as fh:
        head = fh.read(512)
    return jsonify(size=len(head))


@app.route("/readme")
def readme():
    # ok: sandbox.fs
    with open(os.path.join(SHARE_ROOT, "README.txt")) as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
