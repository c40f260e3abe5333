use handlebars::Handlebars;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use serde_json::json;

const SMTP_HOST: &str = "smtp.mailrelay.example.net";
const SMTP_USER: &str = "campaigns@example.net";
// expect: crypto.secrets
const SMTP_PASSWORD: &str = "Rel4y!Campaigns#2024";

pub struct Campaign {
    pub subject: String,
    pub body_template: String,
}

pub struct Recipient {
    pub email: String,
    pub first_name: String,
}

fn transport() -> Result<SmtpTransport, lettre::transport::smtp::Error> {
    let tls = TlsParameters::builder(SMTP_HOST.to_string())
        // expect: crypto.tls
        .dangerous_accept_invalid_certs(true)
        .build()?;
    Ok(SmtpTransport::relay(SMTP_HOST)?
        .tls(Tls::Required(tls))
        .credentials(Credentials::new(SMTP_USER.to_string(), SMTP_PASSWORD.to_string()))
        .build())
}

pub fn send_campaign(c: &Campaign, recipients: &[Recipient]) -> Result<usize, Box<dyn std::error::Error>> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    // ok: injection.template
    hb.register_template_string("footer", "<p>Unsubscribe: {{unsubscribe_url}}</p>")?;
    let mailer = transport()?;
    let mut sent = 0;
    for r in recipients {
        let data = json!({ "first_name": r.first_name, "unsubscribe_url": "https://example.net/u" });
        // expect: injection.template
        let body = hb.render_template(&c.body_template, &data)?;
        let footer = hb.render("footer", &data)?;
        let msg = Message::builder()
            .from(SMTP_USER.parse()?)
            .to(r.email.parse()?)
            .subject(c.subject.clone())
            .body(format!("{}{}", body, footer))?;
        mailer.send(&msg)?;
        sent += 1;
    }
    Ok(sent)
}
