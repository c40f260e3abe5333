package directory

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"os"
	"time"
)

const directoryAddr = "ldap.corp.example.com:636"

// legacyConfig is used for the old appliance, which only speaks TLS 1.0
// and whose certificate names its IP address instead of the host name.
func legacyConfig() *tls.Config {
	return &tls.Config{
		// expect: crypto.tls
		MinVersion: tls.VersionTLS10,
		// expect: crypto.tls
		InsecureSkipVerify: true,
	}
}

// modernConfig pins the corporate CA and requires TLS 1.2+.
func modernConfig(caFile string) (*tls.Config, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &tls.Config{
		RootCAs: pool,
		// ok: crypto.tls
		MinVersion: tls.VersionTLS12,
		// ok: crypto.tls
		InsecureSkipVerify: false,
	}, nil
}

func Dial(legacy bool, caFile string) (*tls.Conn, error) {
	cfg := legacyConfig()
	if !legacy {
		var err error
		if cfg, err = modernConfig(caFile); err != nil {
			return nil, err
		}
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	// ok: sandbox.net
	return tls.DialWithDialer(dialer, "tcp", directoryAddr, cfg)
}

// AnonymousBind sends an LDAPv3 BindRequest with an empty DN and no password.
func AnonymousBind(conn *tls.Conn) ([]byte, error) {
	bind := []byte{0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00}
	if _, err := conn.Write(bind); err != nil {
		return nil, err
	}
	resp := make([]byte, 64)
	n, err := conn.Read(resp)
	return resp[:n], err
}
