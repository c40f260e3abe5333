"""Public profile pages and profile updates."""
import sqlite3

from flask import Flask, g, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
DATABASE = "/var/lib/app/profiles.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/u/<username>")
def profile(username):
    db = get_db()
    # ok: injection.sql
    user = db.execute("SELECT username, bio, website FROM profiles WHERE username = ?", (username,)).fetchone()
    if user is None:
        return "not found", 404
    # expect: injection.xss
    bio_html = Markup(user["bio"].replace("\n", "<br>"))
    # ok: injection.xss
    website = Markup('<a href="{0}" rel="nofollow">{0}</a>').format(escape(user["website"]))
    return render_template("profile.html", user=user, bio_html=bio_html, website=website)


@app.route("/u/<username>/bio", methods=["POST"])
def update_bio(username):
    bio = request.form.get("bio", "")[:2000]
    db = get_db()
    # expect: injection.sql
    db.execute("UPDATE profiles SET bio = '" + bio + "' WHERE username = '" + username + "'")
    db.commit()
    return {"ok": True}


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # ok: injection.xss
    heading = Markup("<h1>Results for %s</h1>") % term
    rows = get_db().execute("SELECT username FROM profiles WHERE username LIKE ?", (term + "%",)).fetchall()
    # expect: injection.xss
    items = Markup("".join(f"<li>{r['username']}</li>" for r in rows))
    return render_template("search.html", heading=heading, items=items)
