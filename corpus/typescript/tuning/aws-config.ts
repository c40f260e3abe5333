import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { fromEnv } from '@aws-sdk/credential-providers';

const REGION = process.env.AWS_REGION ?? 'eu-central-1';

export const s3 = new S3Client({
  region: REGION,
  // ok: crypto.secrets
  credentials: fromEnv(),
});

export const ses = new SESClient({
  region: REGION,
  credentials: {
    // expect: crypto.secrets
    accessKeyId: 'AKIA2B7XK9QWE4RTY5UI',
    // expect: crypto.secrets
    secretAccessKey: 'Tz8/kq4Lm2Vx9Rb7Wn3Yc5Pd1Hf6Js0Ga2Ue4Oi',
  },
});

export const placeholderCredentials = {
  // ok: crypto.secrets
  accessKeyId: '<your-access-key-id>',
  // ok: crypto.secrets
  secretAccessKey: '<your-secret-access-key>',
};

export function describeTarget(): string {
  return `s3 + ses in ${REGION}`;
}
