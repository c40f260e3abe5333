"""Internal admin console: run maintenance snippets against the live app."""
import io
import traceback
from contextlib import redirect_stdout

from flask import Flask, abort, jsonify, request

from .auth import require_role
from .models import db

app = Flask(__name__)

SNIPPETS = {
    "count_users": "print(db.session.execute(db.text('SELECT count(*) FROM users')).scalar())",
}


def run_code(source, namespace):
    buf = io.StringIO()
    with redirect_stdout(buf):
        # expect: sandbox.dynamic-code
        code = compile(source, "<console>", "exec")
        # expect: sandbox.dynamic-code
        exec(code, namespace)
    return buf.getvalue()


@app.route("/admin/console", methods=["POST"])
@require_role("superuser")
def console():
    source = request.json.get("code", "")
    try:
        output = run_code(source, {"db": db})
    except Exception:
        output = traceback.format_exc()
    return jsonify(output=output)


@app.route("/admin/snippet/<name>", methods=["POST"])
@require_role("operator")
def snippet(name):
    if name not in SNIPPETS:
        abort(404)
    buf = io.StringIO()
    with redirect_stdout(buf):
        # ok: sandbox.dynamic-code
        exec(SNIPPETS["count_users"], {"db": db})
    return jsonify(output=buf.getvalue())


@app.route("/admin/inspect", methods=["POST"])
@require_role("superuser")
def inspect_expr():
    expr = request.form["expr"]
    # expect: sandbox.dynamic-code
    value = eval(expr, {"db": db})
    return jsonify(repr=repr(value))
