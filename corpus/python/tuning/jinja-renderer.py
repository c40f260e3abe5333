"""Renders customer-defined notification templates."""
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = "/srv/app/templates"

# ok: injection.xss
safe_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "xml"]))
# expect: injection.xss
text_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False)


def render_builtin(name, context):
    # ok: injection.template
    template = safe_env.get_template(f"notifications/{name}.html")
    return template.render(**context)


def render_custom(template_body, context):
    # expect: injection.template
    template = jinja2.Template(template_body)
    return template.render(**context)


def render_subject(tenant, context):
    subject_src = tenant.settings.get("subject_template", "Update from {{ company }}")
    # expect: injection.template
    return text_env.from_string(subject_src).render(**context)


def render_plain_footer(company):
    # ok: injection.template
    footer = safe_env.from_string("Sent by {{ company }} - reply STOP to unsubscribe")
    return footer.render(company=company)


class NotificationRenderer:
    def __init__(self, env=safe_env):
        self.env = env

    def preview(self, snippet, sample):
        # expect: injection.template
        compiled = self.env.from_string("<div class='preview'>" + snippet + "</div>")
        return compiled.render(**sample)
