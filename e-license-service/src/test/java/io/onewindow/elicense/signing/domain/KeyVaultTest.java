package io.onewindow.elicense.signing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);
    private final KeyVault vault = KeyVault.fromBase64(MASTER);
    private final byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealed() {
        String sealed = vault.seal(secret, "market-regulation-k1");
        assertThat(sealed).doesNotContain("private");
        assertThat(vault.open(sealed, "market-regulation-k1")).isEqualTo(secret);
    }

    @Test
    void refusesAnotherMasterKeyOrAnotherKeyId() {
        String sealed = vault.seal(secret, "market-regulation-k1");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new KeyVault(other).open(sealed, "market-regulation-k1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open(sealed, "market-regulation-k2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMasterKeyOfTheWrongSize() {
        assertThatThrownBy(() -> KeyVault.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyVault.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
