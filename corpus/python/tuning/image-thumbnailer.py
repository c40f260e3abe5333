"""Background worker that generates thumbnails with ImageMagick."""
import logging
import os
import shlex
import subprocess

log = logging.getLogger(__name__)

THUMB_DIR = "/srv/media/thumbs"
SIZES = {"small": "128x128", "medium": "512x512"}


def thumbnail_path(source, size_name):
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(THUMB_DIR, f"{stem}-{size_name}.jpg")


def make_thumbnail(source, size_name="small"):
    geometry = SIZES[size_name]
    target = thumbnail_path(source, size_name)
    # ok: sandbox.process
    subprocess.run(["convert", source, "-thumbnail", geometry, target], check=True)
    return target


def make_custom_thumbnail(source, geometry, quality):
    target = thumbnail_path(source, "custom")
    cmd = f"convert {source} -resize {geometry} -quality {quality} {target}"
    log.debug("running %s", cmd)
    # expect: sandbox.process
    subprocess.run(cmd, shell=True, check=True)
    return target


def make_watermarked(source, text):
    target = thumbnail_path(source, "wm")
    cmd = "convert {} -gravity south -annotate 0 {} {}".format(
        shlex.quote(source), shlex.quote(text), shlex.quote(target)
    )
    # ok: sandbox.process
    subprocess.run(cmd, shell=True, check=True)
    return target


def optimize(target, optimizer):
    # expect: sandbox.process
    proc = subprocess.Popen([optimizer, "--strip-all", target], stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=60)
    return out


def cleanup_all():
    # ok: sandbox.process
    subprocess.run("find /srv/media/thumbs -mtime +30 -delete", shell=True, check=False)
