import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import importlib\nmod = importlib.import_module("json")',
    'import importlib\nPLUGINS = {"csv": "exporters.csv"}\ndef f(kind):\n    return importlib.import_module(PLUGINS[kind])',
    'import importlib\nALLOWED = {"csv", "xlsx"}\ndef f(kind):\n    if kind not in ALLOWED:\n        raise ValueError(kind)\n    return importlib.import_module("exporters." + kind)',
    '# importlib.import_module(name) with user input is unsafe\nprint("__import__(x)")',
    'def f(loader, name):\n    return loader.load(name)',
    'import runpy\nrunpy.run_module("http.server")',
  ],
  invalid: [
    { code: 'import importlib\ndef load(name):\n    return importlib.import_module(name)', line: 3 },
    { code: 'from flask import request\ndef f():\n    mod = __import__(request.args["m"])\n    return mod', line: 3 },
    { code: 'import importlib.util\ndef f(path):\n    spec = importlib.util.spec_from_file_location("plugin", path)\n    return spec', line: 3 },
    { code: 'import runpy, sys\nrunpy.run_path(sys.argv[1])', line: 2 },
    { code: 'from importlib import import_module\ndef f(kind):\n    return import_module(f"plugins.{kind}")', line: 3 },
  ],
})
