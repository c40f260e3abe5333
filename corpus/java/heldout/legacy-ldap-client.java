package com.acme.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** Talks LDAPS to the old directory appliance, which only supports TLS 1.0/1.1. */
public class LegacyLdapClient {

    private static final String HOST = "ldap.corp.example.com";
    private static final int PORT = 636;

    public SSLSocket connectLegacy() throws IOException, GeneralSecurityException {
        // expect: crypto.tls
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, null, null);
        // ok: sandbox.net
        SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket(HOST, PORT);
        // expect: crypto.tls
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1"});
        socket.startHandshake();
        return socket;
    }

    public SSLSocket connectModern() throws IOException, GeneralSecurityException {
        // ok: crypto.tls
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        SSLSocketFactory factory = ctx.getSocketFactory();
        SSLSocket socket = (SSLSocket) factory.createSocket(HOST, PORT);
        // ok: crypto.tls
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        socket.startHandshake();
        return socket;
    }

    /** Sends an anonymous LDAPv3 bind (empty DN, empty password). */
    public byte[] anonymousBind(SSLSocket socket) throws IOException {
        byte[] bind = {0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, (byte) 0x80, 0x00};
        OutputStream out = socket.getOutputStream();
        out.write(bind);
        out.flush();
        InputStream in = socket.getInputStream();
        return in.readNBytes(64);
    }
}
