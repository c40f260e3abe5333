'use strict';
const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  requireTLS: true,
  auth: {
    user: process.env.SMTP_USER,
    // ok: crypto.secrets
    pass: process.env.SMTP_PASSWORD,
  },
  // ok: crypto.tls
  tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
});

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function send(to, subject, text) {
  return transport.sendMail({ from: 'Example <no-reply@example.com>', to, subject, text });
}

async function sendWelcome(user) {
  // ok: injection.xss
  const html = `<p>Welcome, ${escapeHtml(user.name)}!</p><p>Your workspace is ready.</p>`;
  return transport.sendMail({
    from: 'Example <no-reply@example.com>',
    to: user.email,
    subject: 'Welcome to Example',
    text: `Welcome, ${user.name}! Your workspace is ready.`,
    html,
  });
}

async function sendPasswordChanged(user) {
  return send(user.email, 'Your password was changed', 'If you did not change your password, contact support immediately.');
}

async function verify() {
  await transport.verify();
  return true;
}

module.exports = { send, sendWelcome, sendPasswordChanged, verify };
