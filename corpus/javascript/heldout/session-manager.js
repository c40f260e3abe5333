'use strict';
const crypto = require('crypto');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

function makeSessionId() {
  // expect: crypto.random
  return Date.now().toString(36) + Math.random().toString(36).slice(2);
}

function makeRequestId() {
  // ok: crypto.random
  return crypto.randomUUID();
}

const sessionMiddleware = session({
  store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
  // expect: crypto.secrets
  secret: 'keyboard-cat-4f9a2c7e1b',
  genid: makeSessionId,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
});

function rotateCsrf(req) {
  // ok: crypto.random
  req.session.csrfToken = crypto.randomBytes(32).toString('hex');
  return req.session.csrfToken;
}

function issueRememberMe(res, userId) {
  // expect: crypto.random
  const rememberToken = Math.floor(Math.random() * 1e16).toString(16);
  res.cookie('remember', `${userId}.${rememberToken}`, { httpOnly: true, secure: true, maxAge: 30 * 864e5 });
  return rememberToken;
}

function pollInterval() {
  // ok: crypto.random
  return 5000 + Math.floor(Math.random() * 1000);
}

module.exports = { sessionMiddleware, makeRequestId, rotateCsrf, issueRememberMe, pollInterval };
