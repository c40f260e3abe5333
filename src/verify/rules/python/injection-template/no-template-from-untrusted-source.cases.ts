import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from flask import render_template_string, request\ndef hi():\n    return render_template_string("Hello {{ name }}", name=request.args["name"])',
    'from string import Template\ndef f(tpl, name):\n    return Template(tpl).substitute(name=name)',
    'from jinja2 import Template\nT = Template("<p>{{ x }}</p>")\ndef f(x):\n    return T.render(x=x)',
    '# render_template_string(request.args["t"]) is SSTI\nprint("jinja2.Template(src)")',
    'from jinja2.sandbox import SandboxedEnvironment\nenv = SandboxedEnvironment()\ndef f(src):\n    return env.from_string(src).render()',
    'from flask import render_template\ndef f(name):\n    return render_template("page.html", name=name)',
  ],
  invalid: [
    { code: 'from flask import render_template_string, request\ndef hi():\n    name = request.args.get("name")\n    return render_template_string("<h1>Hello " + name + "</h1>")', line: 4 },
    { code: 'import jinja2\ndef preview(body):\n    return jinja2.Template(body).render()', line: 3 },
    { code: 'from jinja2 import Environment\nenv = Environment()\ndef f(src):\n    return env.from_string(src).render(user="x")', line: 4 },
    { code: 'from mako.template import Template\ndef f(src):\n    return Template(src).render()', line: 3 },
    { code: 'from django.template import Template, Context\ndef f(request):\n    t = Template(request.POST["tpl"])\n    return t.render(Context({}))', line: 3 },
  ],
})
