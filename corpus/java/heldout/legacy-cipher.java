package com.acme.gateway;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESedeKeySpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Interop with the mainframe batch gateway (3DES, SHA-1 ids, ECB card blocks). */
public class LegacyCipher {

    private final SecretKey desKey;
    private final byte[] iv;

    public LegacyCipher(byte[] key, byte[] iv) throws GeneralSecurityException {
        // expect: crypto.hash
        this.desKey = SecretKeyFactory.getInstance("DESede").generateSecret(new DESedeKeySpec(key));
        this.iv = iv.clone();
    }

    public byte[] seal(byte[] plaintext) throws GeneralSecurityException {
        // expect: crypto.hash
        Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, desKey, new IvParameterSpec(iv));
        return c.doFinal(plaintext);
    }

    public static String fingerprint(byte[] message) throws GeneralSecurityException {
        // expect: crypto.hash
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(sha1.digest(message));
    }

    /** Card blocks are encrypted one 16-byte block at a time, without chaining. */
    public static byte[] encryptCardBlock(byte[] aesKey, byte[] block) throws GeneralSecurityException {
        // expect: crypto.hash
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
        return c.doFinal(block);
    }

    /** Our own archive uses AES-GCM and SHA-256. */
    public static byte[] archiveSeal(byte[] aesKey, byte[] nonce, byte[] data) throws GeneralSecurityException {
        // ok: crypto.hash
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, nonce));
        return c.doFinal(data);
    }

    public static String archiveDigest(byte[] data) throws GeneralSecurityException {
        // ok: crypto.hash
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
