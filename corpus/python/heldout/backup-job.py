"""Nightly PostgreSQL backup job, run from cron."""
import datetime
import logging
import os
import shlex
import subprocess

log = logging.getLogger("backup")

BACKUP_ROOT = "/var/backups/postgres"
DB_SETTINGS = {
    "host": "db-primary.internal",
    "user": "backup",
    # expect: crypto.secrets
    "password": "Pg!backup-2024-Rotate",
    "name": "production",
}


def dump_database(settings, target_dir):
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%S")
    outfile = os.path.join(target_dir, f"{settings['name']}-{stamp}.sql.gz")
    env = dict(os.environ, PGPASSWORD=settings["password"])
    cmd = f"pg_dump -h {settings['host']} -U {settings['user']} {settings['name']} | gzip > {outfile}"
    # expect: sandbox.process
    subprocess.run(cmd, shell=True, check=True, env=env)
    return outfile


def upload(outfile, bucket):
    quoted = shlex.quote(outfile)
    # ok: sandbox.process
    subprocess.run(f"aws s3 cp {quoted} s3://backups-prod/postgres/", shell=True, check=True)
    # ok: sandbox.process
    subprocess.run(["aws", "s3", "cp", outfile, f"s3://{bucket}/postgres/"], check=True)


def prune(target_dir, keep_days):
    cutoff = datetime.datetime.utcnow() - datetime.timedelta(days=keep_days)
    # expect: sandbox.process
    os.system("find " + target_dir + " -name '*.sql.gz' -mtime +" + str(keep_days) + " -delete")
    log.info("pruned backups older than %s", cutoff.date())


if __name__ == "__main__":
    path = dump_database(DB_SETTINGS, BACKUP_ROOT)
    upload(path, "backups-prod")
    prune(BACKUP_ROOT, 14)
