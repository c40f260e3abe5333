"""Invoice rendering service: HTML via Jinja, PDF via an external renderer."""
import os
import subprocess

from flask import Flask, request, send_file
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())

INVOICE_DIR = "/srv/invoices"
RENDERERS = {"wk": "/usr/bin/wkhtmltopdf", "chrome": "/usr/bin/chromium"}


@app.route("/invoices/<invoice_id>/pdf")
def invoice_pdf(invoice_id):
    renderer = request.args.get("renderer", "/usr/bin/wkhtmltopdf")
    html = env.get_template("invoice.html").render(invoice_id=invoice_id)
    html_path = os.path.join(INVOICE_DIR, invoice_id + ".html")
    pdf_path = os.path.join(INVOICE_DIR, invoice_id + ".pdf")
    # expect: sandbox.fs
    with open(html_path, "w") as fh:
        fh.write(html)
    # expect: sandbox.process
    subprocess.run([renderer, html_path, pdf_path], check=True, timeout=60)
    # expect: sandbox.fs
    return send_file(pdf_path, mimetype="application/pdf")


@app.route("/invoices/preview")
def preview():
    choice = request.args.get("engine", "wk")
    binary = RENDERERS.get(choice, RENDERERS["wk"])
    # ok: sandbox.process
    subprocess.run(["/usr/bin/wkhtmltopdf", "--version"], check=True)
    return {"engine": binary}


@app.route("/invoices/archive", methods=["POST"])
def archive():
    month = request.form["month"]
    # expect: sandbox.process
    subprocess.run("tar czf /srv/archive/invoices-%s.tgz /srv/invoices/%s-*" % (month, month), shell=True)
    return {"archived": month}
