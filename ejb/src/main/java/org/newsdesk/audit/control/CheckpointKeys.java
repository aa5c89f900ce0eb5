package org.newsdesk.audit.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key pair that signs checkpoints (the Java runtime's own implementation, RFC 8032). Created on
 * first start in the checkpoint directory — the private key readable by its owner only — and loaded after.
 */
public final class CheckpointKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_FILE = "checkpoint-key.pk8";
    private static final String PUBLIC_FILE = "checkpoint-key.pub";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static CheckpointKeys loadOrCreate(Path directory) throws IOException {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                CheckpointKeys keys = new CheckpointKeys(
                        factory.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile))),
                        factory.generatePublic(new X509EncodedKeySpec(decode(publicFile))));
                if (!keys.verify("newsdesk-key-pair-check", keys.sign("newsdesk-key-pair-check"))) {
                    throw new IOException(publicFile + " is not the public key of " + privateFile);
                }
                return keys;
            }
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                // never replace half a key pair: every checkpoint signed so far would stop checking out
                throw new IOException("only one half of the checkpoint key pair is in " + directory
                        + ": restore the other (" + PRIVATE_FILE + ", " + PUBLIC_FILE + ") from the backup");
            }
            Files.createDirectories(directory);
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writeOwnerOnly(privateFile, pair.getPrivate().getEncoded());
            Files.writeString(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n",
                    StandardCharsets.US_ASCII);
            return new CheckpointKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the checkpoint key in " + directory, e);
        }
    }

    /** The public key, X.509 (SubjectPublicKeyInfo) DER in base64: what anyone needs to check a checkpoint. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String sign(String message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    public boolean verify(String message, String signature) {
        return verify(publicKey, message, signature);
    }

    /** Checks a signature with a public key given as base64 X.509, as a client of the API would. */
    public static boolean verify(String publicKeyBase64, String message, String signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            return verify(key, message, signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean verify(PublicKey key, String message, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    private static void writeOwnerOnly(Path file, byte[] encoded) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(encoded) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
