'use strict';
const { S3Client, PutObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');

const BUCKET = 'acme-user-exports';

function clientFromEnv() {
  return new S3Client({
    region: process.env.AWS_REGION || 'eu-west-1',
    credentials: {
      // ok: crypto.secrets
      accessKeyId: process.env.AWS_ACCESS_KEY_ID,
      // ok: crypto.secrets
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
    },
  });
}

function hardcodedClient() {
  return new S3Client({
    region: 'eu-west-1',
    credentials: {
      // expect: crypto.secrets
      accessKeyId: 'AKIA6Z3QWERTY7NBV2LP',
      // expect: crypto.secrets
      secretAccessKey: 'u7Hk2Lm9Qw4Er8Ty1Ui5Op3As6Df0Gh2Jk4Lz8X',
    },
  });
}

const s3 = process.env.AWS_ACCESS_KEY_ID ? clientFromEnv() : hardcodedClient();

async function putExport(userId, body) {
  const objectKey = `exports/${userId}/${Date.now()}.json`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKey, Body: body, ContentType: 'application/json' }));
  return objectKey;
}

async function downloadLink(objectKey, ttlSeconds = 900) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: objectKey }), { expiresIn: ttlSeconds });
}

module.exports = { putExport, downloadLink };
