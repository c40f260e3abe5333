"""Sends transactional e-mail through the corporate SMTP relay."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger(__name__)

SMTP_HOST = "smtp.corp.example.com"
SMTP_PORT = 587
SENDER = "no-reply@example.com"


def _tls_context():
    # ok: crypto.tls
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: crypto.tls
    ctx.check_hostname = True
    return ctx


def send_mail(to, subject, body, html=None):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")

    user = os.environ["SMTP_USER"]
    # ok: crypto.secrets
    password = os.environ["SMTP_PASSWORD"]
    # ok: sandbox.net
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=15) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(user, password)
        smtp.send_message(msg)
    log.info("sent %r to %s", subject, to)


def send_password_reset(to, reset_link):
    body = (
        "Someone asked to reset the password for your account.\n"
        f"Use this link within 30 minutes: {reset_link}\n"
        "If this was not you, ignore this message."
    )
    send_mail(to, "Reset your password", body)
