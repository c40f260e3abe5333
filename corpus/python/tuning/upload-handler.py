"""Flask blueprint handling avatar and document uploads."""
import hashlib
import os

from flask import Blueprint, abort, jsonify, request

uploads = Blueprint("uploads", __name__)

UPLOAD_DIR = "/srv/app/uploads"
ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".pdf"}
CHUNK = 64 * 1024


def _extension_allowed(filename):
    _, ext = os.path.splitext(filename.lower())
    return ext in ALLOWED_EXTENSIONS


def _checksum(path):
    digest = hashlib.sha256()
    # ok: sandbox.fs
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@uploads.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not _extension_allowed(f.filename):
        abort(400)
    safe_name = os.path.basename(f.filename)
    target = os.path.join(UPLOAD_DIR, "avatars", safe_name)
    # ok: sandbox.fs
    f.save(target)
    return jsonify(path=target, sha256=_checksum(target))


@uploads.route("/documents", methods=["POST"])
def upload_document():
    doc = request.files["document"]
    if not _extension_allowed(doc.filename):
        abort(400)
    dest = os.path.join(UPLOAD_DIR, "docs", doc.filename)
    # expect: sandbox.fs
    doc.save(dest)
    # expect: crypto.hash
    etag = hashlib.md5(dest.encode("utf-8")).hexdigest()
    return jsonify(path=dest, etag=etag), 201


@uploads.route("/documents/<name>", methods=["DELETE"])
def delete_document(name):
    path = os.path.join(UPLOAD_DIR, "docs", name)
    if not os.path.exists(path):
        abort(404)
    # expect: sandbox.fs
    os.remove(path)
    return "", 204
