"""OAuth2 authorization-code flow against the corporate identity provider."""
import random
import secrets
from urllib.parse import urlencode

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
# expect: crypto.secrets
app.secret_key = "dev-7c1e9a2f4b8d6e0a3c5f"

CLIENT_ID = "dashboard-web"
# expect: crypto.secrets
CLIENT_SECRET = "Zq4v9TfX2mLr8Kp1Wd6Hs3Nb7Yc0Ej5G"
# ok: crypto.secrets
AUTHORIZE_URL = "https://login.corp.example.com/oauth2/authorize"
# ok: crypto.secrets
TOKEN_URL = "https://login.corp.example.com/oauth2/token"
REDIRECT_URI = "https://dashboard.example.com/oauth/callback"


@app.route("/login")
def login():
    # expect: crypto.random
    nonce = "%030x" % random.getrandbits(120)
    # ok: crypto.random
    state = secrets.token_urlsafe(24)
    session["oauth_state"], session["oauth_nonce"] = state, nonce
    query = urlencode({"client_id": CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT_URI, "state": state, "nonce": nonce})
    return redirect(f"{AUTHORIZE_URL}?{query}")


@app.route("/oauth/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    # ok: sandbox.net
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": request.args["code"],
            "redirect_uri": REDIRECT_URI,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
        },
        timeout=10,
    )
    resp.raise_for_status()
    session["access_token"] = resp.json()["access_token"]
    return redirect("/")
