import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]',
    'PASSWORD = ""',
    'API_KEY = "<your-api-key>"',
    'TOKEN_URL = "https://auth.example.com/oauth/token"',
    'password_field = "password_input_box"',
    'SECRET_KEY = "changeme"',
    '# password = "hunter2hunter2"\nprint("password=hunter2hunter2")',
    'def connect(password=None):\n    return password',
    'AUTH_HEADER = "Authorization"',
    'import os\nsecret = os.getenv("APP_SECRET", "")',
    'tokenizer = "bert-base-uncased-v2"',
    'PASSWORD_ERROR = "Password must be at least 12 characters"',
  ],
  invalid: [
    { code: 'DB_PASSWORD = "Sup3rS3cret!2024"', line: 1 },
    { code: 'import psycopg2\nconn = psycopg2.connect(\n    host="db",\n    password="pr0d-db-pa55w0rd",\n)', line: 4 },
    { code: 'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = "f3a9c1d27be84e0c"', line: 3 },
    { code: 'settings = {\n    "api_key": "a8f5f167f44f4964e6c998dee827110c",\n}', line: 2 },
    { code: 'import jwt\ndef issue(payload):\n    return jwt.encode(payload, "my-jwt-signing-key-123", algorithm="HS256")', line: 3 },
    { code: 'class Config:\n    client_secret = "9f8e7d6c5b4a3210"', line: 2 },
    { code: 'import requests\nr = requests.get("https://x", auth=("admin", "Adm1nPassw0rd"))', line: 2 },
    { code: 'def login(user, password="letmein2024!"):\n    return user', line: 1 },
  ],
})
