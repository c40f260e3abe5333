"""Builds the weekly KPI report as HTML and converts it to PDF."""
import datetime
import subprocess
from pathlib import Path
from string import Template

from jinja2 import Environment, PackageLoader, select_autoescape

OUTPUT_DIR = Path("/var/reports/weekly")

env = Environment(loader=PackageLoader("kpi", "templates"), autoescape=select_autoescape())

EMAIL_BODY = Template("Hi $name,\n\nThe KPI report for week $week is attached.\n")


def build_html(metrics, week):
    # ok: injection.template
    template = env.get_template("weekly.html")
    return template.render(metrics=metrics, week=week, generated=datetime.datetime.utcnow())


def email_text(name, week):
    # ok: injection.template
    return EMAIL_BODY.safe_substitute(name=name, week=week)


def write_pdf(html, week):
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    html_path = OUTPUT_DIR / "current.html"
    # ok: sandbox.fs
    html_path.write_text(html, encoding="utf-8")
    # ok: sandbox.process
    subprocess.run(
        ["wkhtmltopdf", "--quiet", str(html_path), str(OUTPUT_DIR / "current.pdf")],
        check=True,
        timeout=120,
    )
    return OUTPUT_DIR / "current.pdf"


def summarize(metrics):
    lines = []
    for name, value in sorted(metrics.items()):
        lines.append(f"{name:<30}{value:>12,.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sample = {"revenue": 125000.0, "churn": 0.021, "signups": 842}
    print(summarize(sample))
    print(email_text("Team", 42))
