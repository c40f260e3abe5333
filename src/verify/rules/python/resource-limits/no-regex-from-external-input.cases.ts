import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import re\nfrom flask import request\ndef f():\n    q = re.escape(request.args["q"])\n    return re.compile(q)',
    'import re\nfrom flask import request\ndef f():\n    return re.search(r"^[a-z]+$", request.args["name"])',
    'import re\ndef f(pattern):\n    return re.compile(pattern)',
    '# re.compile(request.args["q"]) is ReDoS\nprint("re.compile(q)")',
    'from flask import request\ndef f(db):\n    return db.search(request.args["q"])',
  ],
  invalid: [
    { code: 'import re\nfrom flask import request\ndef f():\n    pat = request.args.get("pattern")\n    return re.compile(pat)', line: 5 },
    { code: 'import re, sys\nfor line in open("log.txt"):\n    if re.search(sys.argv[1], line):\n        print(line)', line: 3 },
    { code: 'import re\nfrom flask import request\ndef f(text):\n    return re.sub(f"({request.args[\'w\']})+", "", text)', line: 4 },
  ],
})
