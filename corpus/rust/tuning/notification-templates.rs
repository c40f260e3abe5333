use minijinja::{context, Environment};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Notification {
    pub channel: String,
    pub template_override: Option<String>,
    pub user_name: String,
    pub amount: String,
}

const DEFAULT_SMS: &str = "Hi {{ user_name }}, your payment of {{ amount }} was received.";

pub struct Renderer {
    env: Environment<'static>,
}

impl Renderer {
    pub fn new() -> Self {
        let mut env = Environment::new();
        // ok: injection.template
        env.add_template("sms", DEFAULT_SMS).expect("valid built-in template");
        Self { env }
    }

    /// Tenants may override the message text per channel in their settings JSON.
    pub fn render(&self, n: &Notification) -> Result<String, minijinja::Error> {
        let ctx = context! { user_name => &n.user_name, amount => &n.amount };
        match &n.template_override {
            Some(source) => {
                // expect: injection.template
                self.env.render_str(source, ctx)
            }
            None => {
                // ok: injection.template
                self.env.get_template("sms")?.render(ctx)
            }
        }
    }
}

pub fn parse_notification(raw: &str) -> serde_json::Result<Notification> {
    serde_json::from_str(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_template() {
        let r = Renderer::new();
        let n = Notification {
            channel: "sms".into(),
            template_override: None,
            user_name: "Ana".into(),
            amount: "$12.00".into(),
        };
        assert!(r.render(&n).unwrap().contains("Ana"));
    }
}
