// Package gateway talks to the mainframe batch gateway, which still
// speaks 3DES-CBC and identifies messages by SHA-1 fingerprints.
package gateway

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

type Codec struct {
	key []byte
	iv  []byte
}

func NewCodec(key, iv []byte) *Codec { return &Codec{key: key, iv: iv} }

func (c *Codec) Seal(padded []byte) ([]byte, error) {
	// expect: crypto.hash
	block, err := des.NewTripleDESCipher(c.key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, c.iv).CryptBlocks(out, padded)
	return out, nil
}

// Fingerprint is the gateway's message id.
func Fingerprint(msg []byte) string {
	// expect: crypto.hash
	sum := sha1.Sum(msg)
	return hex.EncodeToString(sum[:])
}

// ScrambleLegacyField decodes the obfuscated account field in old records.
func ScrambleLegacyField(key, field []byte) ([]byte, error) {
	// expect: crypto.hash
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(field))
	c.XORKeyStream(out, field)
	return out, nil
}

// ArchiveDigest is what our own archive uses.
func ArchiveDigest(msg []byte) string {
	// ok: crypto.hash
	sum := sha256.Sum256(msg)
	return hex.EncodeToString(sum[:])
}

func ArchiveSeal(key, nonce, plaintext []byte) ([]byte, error) {
	// ok: crypto.hash
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return gcm.Seal(nil, nonce, plaintext, nil), nil
}
