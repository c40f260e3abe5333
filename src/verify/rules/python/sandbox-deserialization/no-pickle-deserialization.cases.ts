import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import json\ndef f(body):\n    return json.loads(body)',
    'import pickle\ndef f(obj):\n    return pickle.dumps(obj)',
    'import torch\ndef f(path):\n    return torch.load(path, weights_only=True)',
    'import numpy as np\ndef f(path):\n    return np.load(path)',
    '# pickle.loads(request.data) is remote code execution\nprint("pickle.loads(data)")',
    'import pickle\nDEFAULTS = pickle.loads(b"\\x80\\x04N.")',
    'def f(token):\n    return token.decode("utf-8")',
  ],
  invalid: [
    { code: 'import pickle\nfrom flask import request\ndef f():\n    return pickle.loads(request.data)', line: 4 },
    { code: 'import pickle\ndef load_cache(path):\n    with open(path, "rb") as fh:\n        return pickle.load(fh)', line: 4 },
    { code: 'import jsonpickle\ndef f(s):\n    return jsonpickle.decode(s)', line: 3 },
    { code: 'import marshal\ndef f(blob):\n    code = marshal.loads(blob)\n    return code', line: 3 },
    { code: 'import shelve\ndb = shelve.open("sessions.db")', line: 2 },
    { code: 'import pandas as pd\ndef f(upload):\n    return pd.read_pickle(upload)', line: 3 },
    { code: 'import dill as pk\ndef f(b):\n    return pk.loads(b)', line: 3 },
  ],
})
