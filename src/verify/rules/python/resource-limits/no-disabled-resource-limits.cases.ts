import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from PIL import Image\nImage.MAX_IMAGE_PIXELS = 50_000_000',
    'import csv\ncsv.field_size_limit(1 << 20)',
    '# Image.MAX_IMAGE_PIXELS = None disables the bomb check\nprint("huge_tree=True")',
    'from lxml import etree\nparser = etree.XMLParser(resolve_entities=False)',
    'import sys\nsys.set_int_max_str_digits(10000)',
  ],
  invalid: [
    { code: 'from PIL import Image\nImage.MAX_IMAGE_PIXELS = None', line: 2 },
    { code: 'import csv, sys\ncsv.field_size_limit(sys.maxsize)', line: 2 },
    { code: 'import sys\nsys.set_int_max_str_digits(0)', line: 2 },
    { code: 'from lxml import etree\nparser = etree.XMLParser(huge_tree=True)', line: 2 },
    { code: 'from flask import Flask\napp = Flask(__name__)\napp.config["MAX_CONTENT_LENGTH"] = None', line: 3 },
  ],
})
