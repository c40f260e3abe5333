"""Renders distorted CAPTCHA images; the answer comes from the secrets module."""
import io
import random
import secrets
import string

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 200, 70
FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CHARSET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def new_answer(length=5):
    # ok: crypto.random
    return "".join(secrets.choice(CHARSET) for _ in range(length))


def _noise(draw, amount=400):
    for _ in range(amount):
        # ok: crypto.random
        x, y = random.randint(0, WIDTH), random.randint(0, HEIGHT)
        draw.point((x, y), fill=(random.randint(80, 200),) * 3)


def _wobble_lines(draw, count=4):
    for _ in range(count):
        points = [(random.randint(0, WIDTH), random.randint(0, HEIGHT)) for _ in range(2)]
        draw.line(points, fill=(90, 90, 90), width=2)


def render(answer):
    # ok: sandbox.fs
    font = ImageFont.truetype(FONT_PATH, 40)
    image = Image.new("RGB", (WIDTH, HEIGHT), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    x = 12
    for ch in answer:
        # ok: crypto.random
        offset = random.randint(-6, 6)
        draw.text((x, 12 + offset), ch, font=font, fill=(30, 30, 90))
        x += 36
    _noise(draw)
    _wobble_lines(draw)
    image = image.filter(ImageFilter.SMOOTH_MORE)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
