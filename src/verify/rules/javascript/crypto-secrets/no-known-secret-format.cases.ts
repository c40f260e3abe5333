import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const key = process.env.AWS_ACCESS_KEY_ID;",
    "const EXAMPLE = 'AKIAXXXXXXXXXXXXXXXX';",
    "// AKIA2OGYBAH6STMJ2N3Q was revoked\nconst x = 1;",
    "const prefix = 'sk_live_';",
  ],
  invalid: [
    { code: "const s3 = new S3Client({ credentials: { accessKeyId: 'AKIA2OGYBAH6STMJ2N3Q', secretAccessKey: process.env.S } });", line: 1 },
    { code: "const stripe = require('stripe')('sk_live_4eC39HqLyjWDarjtT1zdp7dc');", line: 1 },
    { code: "const gh = new Octokit({\n  auth: 'ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8',\n});", line: 2 },
    { code: "const key = `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----`;", line: 1 },
  ],
})
