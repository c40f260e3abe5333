import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'def read(path):\n    with open(path) as f:\n        return f.read()',
    'import os\nBASE = "/srv/files"\ndef read(name):\n    p = os.path.join(BASE, os.path.basename(name))\n    return open(p).read()',
    'import os\nBASE = "/srv/files"\ndef read(name):\n    p = os.path.realpath(os.path.join(BASE, name))\n    if not p.startswith(BASE + os.sep):\n        raise ValueError(name)\n    return open(p).read()',
    'with open("/etc/app/config.yaml") as f:\n    data = f.read()',
    '# open(os.path.join(BASE, request.args["f"])) is traversal\nprint("open(user_path)")',
    'from flask import request, send_from_directory\ndef dl():\n    return send_from_directory("/srv/files", request.args["f"])',
    'import webbrowser\nfrom flask import request\ndef f():\n    webbrowser.open(request.args["u"])',
    'import os, uuid\nUPLOADS = "/srv/uploads"\ndef save(data):\n    path = os.path.join(UPLOADS, f"{uuid.uuid4().hex}.bin")\n    with open(path, "wb") as f:\n        f.write(data)',
    'from werkzeug.utils import secure_filename\nfrom flask import request\nimport os\ndef up():\n    f = request.files["file"]\n    f.save(os.path.join("/srv/uploads", secure_filename(f.filename)))',
  ],
  invalid: [
    { code: 'from flask import request\ndef dl():\n    name = request.args.get("file")\n    return open(name).read()', line: 4 },
    { code: 'import os\nBASE = "/srv/files"\ndef read(name):\n    with open(os.path.join(BASE, name)) as f:\n        return f.read()', line: 4 },
    { code: 'import os\nfrom flask import request\ndef up():\n    f = request.files["file"]\n    f.save(os.path.join("/srv/uploads", f.filename))', line: 5 },
    { code: 'from pathlib import Path\nROOT = Path("/var/data")\ndef get(name):\n    return (ROOT / name).read_text()', line: 4 },
    { code: 'import os, sys\nos.remove(sys.argv[1])', line: 2 },
    { code: 'import shutil\ndef clean(user):\n    shutil.rmtree("/home/" + user + "/cache")', line: 3 },
    { code: 'from flask import send_file\nUPLOAD_DIR = "/srv/uploads"\ndef dl(filename):\n    return send_file(f"{UPLOAD_DIR}/{filename}")', line: 4 },
  ],
})
