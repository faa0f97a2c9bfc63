package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void signingKeysAreGeneratedOnceAndThePrivateKeyIsOwnerOnly() throws IOException {
        SigningKeys first = SigningKeys.inDataDirectory(dir);
        String privateKey = Files.readString(first.privateKey());
        assertTrue(privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(first.publicKey()).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKey())));

        SigningKeys second = SigningKeys.inDataDirectory(dir);
        assertEquals(privateKey, Files.readString(second.privateKey()), "a restart keeps the same key");
    }
}
