import nodemailer, { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export class MailService {
  private readonly transport: Transporter;

  constructor() {
    this.transport = nodemailer.createTransport({
      host: process.env.SMTP_HOST ?? 'smtp.example.com',
      port: 465,
      secure: true,
      auth: {
        user: process.env.SMTP_USER,
        // ok: crypto.secrets
        pass: process.env.SMTP_PASS,
      },
      // ok: crypto.tls
      tls: { minVersion: 'TLSv1.2' },
    });
  }

  send(mail: OutgoingMail): Promise<unknown> {
    return this.transport.sendMail({ from: '"Example" <noreply@example.com>', ...mail });
  }

  sendInvite(to: string, inviter: string, link: string): Promise<unknown> {
    // ok: injection.xss
    const html = `<p>${escapeHtml(inviter)} invited you.</p><p><a href="${encodeURI(link)}">Accept invitation</a></p>`;
    return this.send({ to, subject: `${inviter} invited you`, text: `Accept: ${link}`, html });
  }

  sendPasswordChanged(to: string): Promise<unknown> {
    return this.send({ to, subject: 'Password changed', text: 'Your password was changed. Contact support if this was not you.' });
  }
}
