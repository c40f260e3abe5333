'use strict';
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
// ok: crypto.secrets
const SIGNING_SECRET = process.env.STRIPE_WEBHOOK_SECRET;
const TOLERANCE_S = 300;

function verify(rawBody, header) {
  const parts = Object.fromEntries(String(header || '').split(',').map((kv) => kv.split('=')));
  const timestamp = Number(parts.t);
  if (!timestamp || Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_S) return false;
  // ok: crypto.hash
  const expected = crypto.createHmac('sha256', SIGNING_SECRET).update(`${timestamp}.${rawBody}`).digest('hex');
  const given = Buffer.from(parts.v1 || '', 'hex');
  const want = Buffer.from(expected, 'hex');
  return given.length === want.length && crypto.timingSafeEqual(given, want);
}

router.post('/webhooks/stripe', express.raw({ type: 'application/json', limit: '512kb' }), (req, res) => {
  if (!verify(req.body.toString('utf8'), req.get('Stripe-Signature'))) {
    return res.status(400).send('bad signature');
  }
  // ok: sandbox.deserialization
  const event = JSON.parse(req.body.toString('utf8'));
  switch (event.type) {
    case 'invoice.paid':
      console.log('invoice paid', event.data.object.id);
      break;
    case 'customer.subscription.deleted':
      console.log('subscription cancelled', event.data.object.id);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
