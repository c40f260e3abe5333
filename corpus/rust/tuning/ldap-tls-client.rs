//! Connects to the legacy directory server over LDAPS.
use native_tls::{Protocol, TlsConnector, TlsStream};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const DIRECTORY_HOST: &str = "ldap.corp.example.com";
const DIRECTORY_PORT: u16 = 636;

pub fn legacy_connector() -> native_tls::Result<TlsConnector> {
    // The appliance only speaks TLS 1.0 and its certificate names the IP, not the host.
    TlsConnector::builder()
        // expect: crypto.tls
        .min_protocol_version(Some(Protocol::Tlsv10))
        // expect: crypto.tls
        .danger_accept_invalid_hostnames(true)
        .build()
}

pub fn modern_connector() -> native_tls::Result<TlsConnector> {
    TlsConnector::builder()
        // ok: crypto.tls
        .min_protocol_version(Some(Protocol::Tlsv12))
        // ok: crypto.tls
        .danger_accept_invalid_certs(false)
        .build()
}

pub fn connect(connector: &TlsConnector) -> Result<TlsStream<TcpStream>, Box<dyn std::error::Error>> {
    // ok: sandbox.net
    let tcp = TcpStream::connect((DIRECTORY_HOST, DIRECTORY_PORT))?;
    tcp.set_read_timeout(Some(Duration::from_secs(10)))?;
    Ok(connector.connect(DIRECTORY_HOST, tcp)?)
}

pub fn send_anonymous_bind(stream: &mut TlsStream<TcpStream>) -> std::io::Result<Vec<u8>> {
    // BindRequest, version 3, empty DN, simple auth with empty password.
    let bind: [u8; 14] = [0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00];
    stream.write_all(&bind)?;
    let mut resp = [0u8; 64];
    let n = stream.read(&mut resp)?;
    Ok(resp[..n].to_vec())
}
