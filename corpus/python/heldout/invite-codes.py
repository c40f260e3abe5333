"""Team invitations: invite codes, e-mail verification codes and CSRF tokens."""
import random
import secrets
import string
from datetime import datetime, timedelta

from .db import invitations

CODE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_TTL = timedelta(days=7)


def make_invite_token(team_slug):
    # expect: crypto.random
    suffix = "".join(random.choices(CODE_ALPHABET, k=8))
    return f"{team_slug[:4].upper()}-{suffix}"


def create_invitation(team, email):
    code = make_invite_token(team.slug)
    # expect: crypto.random
    verify_code = random.randint(1000, 9999)
    invitations.insert(
        team_id=team.id,
        email=email,
        code=code,
        verify_code=verify_code,
        expires_at=datetime.utcnow() + INVITE_TTL,
    )
    return code, verify_code


def csrf_token_for(form_id):
    # expect: crypto.random
    return f"{form_id}:{random.random():.16f}"


def secure_invite_link(team):
    # ok: crypto.random
    token = secrets.token_urlsafe(16)
    return f"https://app.example.com/join/{team.slug}?t={token}"


def assign_reviewer(reviewers):
    # ok: crypto.random
    return random.choice(reviewers)


def seed_demo_invites(team, count=3):
    rng = random.Random(42)
    # ok: crypto.random
    names = [f"demo-user-{rng.randint(1, 999)}" for _ in range(count)]
    return [create_invitation(team, f"{n}@demo.example.com") for n in names]
