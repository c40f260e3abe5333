use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;

const MAX_FRAME: usize = 1 << 20;

/// Reads one length-prefixed frame: 4-byte big-endian length, then payload.
fn read_frame(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    stream.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    // expect: resource.limits
    let mut payload = vec![0u8; len];
    stream.read_exact(&mut payload)?;
    Ok(payload)
}

/// Same protocol, but refuses frames above MAX_FRAME before allocating.
fn read_frame_checked(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    stream.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    // ok: resource.limits
    let mut payload = vec![0u8; len];
    stream.read_exact(&mut payload)?;
    Ok(payload)
}

fn handle_legacy(mut stream: TcpStream) -> io::Result<()> {
    let mut all = Vec::new();
    // expect: resource.limits
    stream.read_to_end(&mut all)?;
    stream.write_all(&all)
}

fn handle(mut stream: TcpStream) -> io::Result<()> {
    loop {
        let frame = read_frame_checked(&mut stream)?;
        if frame.is_empty() {
            return Ok(());
        }
        stream.write_all(&(frame.len() as u32).to_be_bytes())?;
        stream.write_all(&frame)?;
    }
}

fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:7000")?;
    let legacy = TcpListener::bind("127.0.0.1:7001")?;
    thread::spawn(move || {
        for conn in legacy.incoming().flatten() {
            let _ = handle_legacy(conn);
        }
    });
    for conn in listener.incoming() {
        let mut stream = conn?;
        thread::spawn(move || {
            if let Ok(first) = read_frame(&mut stream) {
                let _ = stream.write_all(&first);
            }
            let _ = handle(stream);
        });
    }
    Ok(())
}
