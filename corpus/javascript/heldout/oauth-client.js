'use strict';
const express = require('express');
const axios = require('axios');

const router = express.Router();

const CLIENT_ID = 'web-dashboard';
// expect: crypto.secrets
const CLIENT_SECRET = 'cS3cr3t-9fA2kL7mQ1xZ4vB8nW6e';
// ok: crypto.secrets
const TOKEN_ENDPOINT = 'https://id.example.com/oauth2/token';
// ok: crypto.secrets
const AUTHORIZE_ENDPOINT = 'https://id.example.com/oauth2/authorize';
const REDIRECT_URI = 'https://dashboard.example.com/oauth/callback';

router.get('/login', (req, res) => {
  // expect: crypto.random
  const nonce = Math.random().toString(36).substring(2, 15);
  const state = require('crypto').randomBytes(16).toString('hex');
  req.session.oauth = { state, nonce };
  const qs = new URLSearchParams({ client_id: CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT_URI, state, nonce });
  res.redirect(`${AUTHORIZE_ENDPOINT}?${qs}`);
});

router.get('/oauth/callback', async (req, res) => {
  if (!req.session.oauth || req.query.state !== req.session.oauth.state) return res.status(400).send('bad state');
  // ok: sandbox.net
  const { data } = await axios.post(
    TOKEN_ENDPOINT,
    new URLSearchParams({
      grant_type: 'authorization_code',
      code: req.query.code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    }),
    { timeout: 10000 },
  );
  req.session.accessToken = data.access_token;
  delete req.session.oauth;
  res.redirect('/');
});

router.get('/me', async (req, res) => {
  // ok: sandbox.net
  const { data } = await axios.get('https://id.example.com/userinfo', {
    headers: { Authorization: `Bearer ${req.session.accessToken}` },
  });
  res.json(data);
});

module.exports = router;
