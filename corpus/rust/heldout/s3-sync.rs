use aws_credential_types::Credentials;
use aws_sdk_s3::{config::Region, primitives::ByteStream, Client, Config};
use base64::Engine;
use std::path::Path;

// expect: crypto.secrets
const AWS_ACCESS_KEY_ID: &str = "AKIAIOSFODNN7Q2XJ4LM";
// expect: crypto.secrets
const AWS_SECRET_ACCESS_KEY: &str = "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";
const BUCKET: &str = "nightly-build-artifacts";

pub fn client() -> Client {
    let creds = Credentials::new(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, None, None, "static");
    let conf = Config::builder()
        .region(Region::new("eu-west-1"))
        .credentials_provider(creds)
        .build();
    Client::from_conf(conf)
}

/// Uploads one artifact; S3 verifies the Content-MD5 header on receipt.
pub async fn upload(client: &Client, local: &Path, key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = tokio::fs::read(local).await?;
    // expect: crypto.hash
    let digest = md5::compute(&bytes);
    let content_md5 = base64::engine::general_purpose::STANDARD.encode(digest.0);
    client
        .put_object()
        .bucket(BUCKET)
        .key(key)
        .content_md5(content_md5)
        .body(ByteStream::from(bytes))
        .send()
        .await?;
    Ok(())
}

pub async fn list_keys(client: &Client, prefix: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let resp = client.list_objects_v2().bucket(BUCKET).prefix(prefix).send().await?;
    Ok(resp
        .contents()
        .iter()
        .filter_map(|o| o.key().map(str::to_owned))
        .collect())
}
