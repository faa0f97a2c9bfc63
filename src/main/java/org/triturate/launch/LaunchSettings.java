package org.triturate.launch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the launcher must know before Quarkus reads its configuration: where the data directory is and whether
 * an external database is configured. A system property wins over the environment variable of the same setting.
 */
public record LaunchSettings(
        Path dataDir, boolean externalDatabase, boolean signingKeyConfigured, boolean verificationKeyConfigured) {

    public static LaunchSettings fromEnvironment() {
        Path dataDir = Path.of(
                        setting("triturate.data-dir", "TRITURATE_DATA_DIR").orElse("./data"))
                .toAbsolutePath()
                .normalize();
        boolean external =
                setting("quarkus.datasource.jdbc.url", "TRITURATE_DB_URL").isPresent();
        return new LaunchSettings(
                dataDir,
                external,
                setting("triturate.jwt.sign-key-location", "TRITURATE_JWT_SIGN_KEY_LOCATION")
                        .isPresent(),
                setting("triturate.jwt.verify-key-location", "TRITURATE_JWT_VERIFY_KEY_LOCATION")
                        .isPresent());
    }

    private static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }
}
