import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import secrets\ntoken = secrets.token_urlsafe(32)',
    'import random\ndef roll():\n    return random.randint(1, 6)',
    'import random, time\ndef retry_auth():\n    time.sleep(random.uniform(0.1, 0.5))',
    'import random\ndef deal(deck):\n    random.shuffle(deck)\n    return deck',
    '# token = random.random() is predictable\nprint("random.choice(secret)")',
    'import random\nrng = random.SystemRandom()\ndef make_token():\n    return "".join(rng.choice("abcdef") for _ in range(32))',
    'import random\ndef sample_users(users):\n    picked = random.sample(users, 10)\n    return picked',
    'import random\ndef get_session_delay():\n    jitter = random.random()\n    return jitter',
  ],
  invalid: [
    { code: 'import random, string\ndef f():\n    token = "".join(random.choice(string.ascii_letters) for _ in range(32))\n    return token', line: 3 },
    { code: 'import random\ndef generate_otp():\n    return str(random.randint(100000, 999999))', line: 3 },
    { code: 'import random\ndef f(user):\n    user.reset_code = random.randrange(10**6)', line: 3 },
    { code: 'from random import choices\nimport string\ndef new_password(n=12):\n    return "".join(choices(string.printable, k=n))', line: 4 },
    { code: 'import random\ndef f():\n    return {"session_id": random.getrandbits(128)}', line: 3 },
    { code: 'import random\nSECRET_KEY = str(random.random())', line: 2 },
  ],
})
