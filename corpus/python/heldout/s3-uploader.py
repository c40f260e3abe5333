"""Uploads nightly exports to S3."""
import logging
import os

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

BUCKET = "acme-nightly-exports"
EXPORT_DIR = "/var/exports"

# expect: crypto.secrets
AWS_ACCESS_KEY_ID = "AKIA4X7QPLMZ2RT9WB6C"
# expect: crypto.secrets
AWS_SECRET_ACCESS_KEY = "q8Fz3kLm9Vx2Rt7Yp4Wn6Bc1Hd5Js0Ga8Ue3Oi7T"


def client_from_env():
    return boto3.client(
        "s3",
        # ok: crypto.secrets
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        # ok: crypto.secrets
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        config=Config(retries={"max_attempts": 5}),
    )


def legacy_client():
    return boto3.client(
        "s3",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        region_name="eu-west-1",
    )


def upload_exports(client, prefix):
    for entry in sorted(os.scandir(EXPORT_DIR), key=lambda e: e.name):
        if not entry.name.endswith(".csv.gz"):
            continue
        object_name = f"{prefix}/{entry.name}"
        log.info("uploading %s to s3://%s/%s", entry.path, BUCKET, object_name)
        client.upload_file(entry.path, BUCKET, object_name, ExtraArgs={"ServerSideEncryption": "aws:kms"})


if __name__ == "__main__":
    # ok: crypto.secrets
    client = client_from_env() if "AWS_ACCESS_KEY_ID" in os.environ else legacy_client()
    upload_exports(client, "daily")
