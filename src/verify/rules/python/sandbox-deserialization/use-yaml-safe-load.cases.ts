import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import yaml\ndef f(text):\n    return yaml.safe_load(text)',
    'import yaml\ndef f(text):\n    return yaml.load(text, Loader=yaml.SafeLoader)',
    'import yaml\nCONF = yaml.load("a: 1")',
    '# yaml.load(data) is unsafe\nprint("yaml.load(x)")',
    'import json\ndef f(fh):\n    return json.load(fh)',
    'import yaml\ndef f(text):\n    return yaml.load(text, Loader=yaml.CSafeLoader)',
  ],
  invalid: [
    { code: 'import yaml\ndef f(text):\n    return yaml.load(text)', line: 3, output: 'import yaml\ndef f(text):\n    return yaml.safe_load(text)' },
    { code: 'import yaml\nfrom flask import request\ndef f():\n    cfg = yaml.load(request.data, Loader=yaml.Loader)\n    return cfg', line: 4, output: 'import yaml\nfrom flask import request\ndef f():\n    cfg = yaml.safe_load(request.data)\n    return cfg' },
    { code: 'import yaml\ndef f(path):\n    with open(path) as fh:\n        return yaml.unsafe_load(fh)', line: 4, output: 'import yaml\ndef f(path):\n    with open(path) as fh:\n        return yaml.safe_load(fh)' },
    { code: 'import yaml as y\ndef f(s):\n    return y.load(s, Loader=y.FullLoader)', line: 3 },
  ],
})
