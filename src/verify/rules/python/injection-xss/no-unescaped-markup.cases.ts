import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from markupsafe import Markup\nBANNER = Markup("<b>Welcome</b>")',
    'from markupsafe import Markup, escape\ndef f(name):\n    return Markup("<b>" + escape(name) + "</b>")',
    'from markupsafe import Markup\ndef f(name):\n    return Markup("<b>{}</b>").format(name)',
    'from django.utils.html import format_html\ndef f(name):\n    return format_html("<b>{}</b>", name)',
    '# mark_safe(user_input) disables escaping\nprint("Markup(x)")',
    'import html\nfrom django.utils.safestring import mark_safe\ndef f(bio):\n    return mark_safe("<p>%s</p>" % html.escape(bio))',
  ],
  invalid: [
    { code: 'from markupsafe import Markup\ndef f(name):\n    return Markup(f"<b>{name}</b>")', line: 3 },
    { code: 'from django.utils.safestring import mark_safe\ndef bio(request):\n    text = request.GET.get("bio", "")\n    return mark_safe("<p>" + text + "</p>")', line: 4 },
    { code: 'import flask\ndef f(comment):\n    return flask.Markup(comment)', line: 3 },
    { code: 'from django.utils.safestring import SafeString\ndef f(x):\n    s = SafeString(x)\n    return s', line: 3 },
  ],
})
