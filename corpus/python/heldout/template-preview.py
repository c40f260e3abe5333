"""Email template preview endpoints for the marketing dashboard."""
from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)

PREVIEW_LAYOUT = """
<html><body>
  <h2>Preview: {{ subject }}</h2>
  <div class="body">{{ body }}</div>
</body></html>
"""


@app.route("/preview/subject")
def preview_subject():
    subject = request.args.get("subject", "")
    # ok: injection.template
    return render_template_string(PREVIEW_LAYOUT, subject=subject, body="(empty)")


@app.route("/preview/custom", methods=["POST"])
def preview_custom():
    template_source = request.form["template"]
    sample = {"first_name": "Ada", "plan": "Pro"}
    # expect: injection.template
    return render_template_string(template_source, **sample)


@app.route("/preview/signature")
def preview_signature():
    name = request.args.get("name", "")
    title = request.args.get("title", "")
    # expect: injection.xss
    signature = Markup(f"<p><strong>{name}</strong><br>{title}</p>")
    return render_template_string(PREVIEW_LAYOUT, subject="Signature", body=signature)


@app.route("/preview/footer")
def preview_footer():
    company = request.args.get("company", "ACME")
    # ok: injection.xss
    footer = Markup("<footer>&copy; {}</footer>").format(escape(company))
    # ok: injection.template
    return render_template_string(PREVIEW_LAYOUT, subject="Footer", body=footer)
