import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(["html"]))',
    'from jinja2 import Environment\nenv = Environment(autoescape=True)',
    '# Environment(autoescape=False) is unsafe\nprint("autoescape=False")',
    'def f(autoescape=False):\n    return autoescape',
    'def f(x):\n    return x(escape=False)',
  ],
  invalid: [
    { code: 'from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader("templates"), autoescape=False)', line: 2, output: 'from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader("templates"), autoescape=True)' },
    { code: 'import jinja2\ntpl = jinja2.Template("<p>{{ name }}</p>", autoescape=False)', line: 2, output: 'import jinja2\ntpl = jinja2.Template("<p>{{ name }}</p>", autoescape=True)' },
    { code: 'from jinja2 import Environment\ndef make(loader):\n    return Environment(\n        loader=loader,\n        autoescape=False,\n    )', line: 5, output: 'from jinja2 import Environment\ndef make(loader):\n    return Environment(\n        loader=loader,\n        autoescape=True,\n    )' },
  ],
})
