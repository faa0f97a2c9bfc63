package org.triturate.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.triturate.common.files.OwnerOnlyFiles;

/**
 * The RSA key pair that signs and verifies access tokens when the operator configures none. It is generated once
 * and kept in the data directory, so tokens stay valid across restarts; the private key is readable by the
 * owner only.
 */
public record SigningKeys(Path privateKey, Path publicKey) {

    private static final int KEY_BITS = 2048;

    public static SigningKeys inDataDirectory(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("jwt").toAbsolutePath();
        SigningKeys keys = new SigningKeys(dir.resolve("signing-key.pem"), dir.resolve("verification-key.pem"));
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            Files.createDirectories(dir);
            KeyPair pair = generate();
            OwnerOnlyFiles.write(
                    keys.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(
                    keys.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(keys.publicKey(), PosixFilePermissions.fromString("rw-r--r--"));
        }
        return keys;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
