"""Tenant-editable e-mail templates (stored in the database)."""
from flask import Blueprint, jsonify, request
from jinja2 import Environment, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from .models import EmailTemplate, db

bp = Blueprint("email_templates", __name__)
env = Environment(undefined=StrictUndefined, autoescape=True)
sandbox = SandboxedEnvironment(autoescape=True)

SAMPLE_CONTEXT = {"first_name": "Grace", "company": "Example Ltd", "plan": "Team"}


@bp.route("/templates/<int:tid>/render", methods=["POST"])
def render_saved(tid):
    tpl = EmailTemplate.query.get_or_404(tid)
    # expect: injection.template
    rendered = env.from_string(tpl.body).render(**SAMPLE_CONTEXT)
    return jsonify(html=rendered)


@bp.route("/templates/try", methods=["POST"])
def try_template():
    source = request.form["body"]
    # expect: injection.template
    rendered = Environment(autoescape=True).from_string(source).render(**SAMPLE_CONTEXT)
    return jsonify(html=rendered)


@bp.route("/templates/<int:tid>/signature")
def signature(tid):
    tpl = EmailTemplate.query.get_or_404(tid)
    # expect: injection.xss
    return jsonify(html=str(Markup(tpl.signature_html)))


@bp.route("/templates/default")
def default_template():
    # ok: injection.template
    rendered = env.from_string("<p>Hello {{ first_name }}, welcome to {{ company }}!</p>").render(**SAMPLE_CONTEXT)
    return jsonify(html=rendered)


@bp.route("/templates", methods=["POST"])
def create():
    tpl = EmailTemplate(name=request.form["name"], body=request.form["body"])
    db.session.add(tpl)
    db.session.commit()
    return jsonify(id=tpl.id), 201
