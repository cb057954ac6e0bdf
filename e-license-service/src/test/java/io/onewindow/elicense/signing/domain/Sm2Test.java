package io.onewindow.elicense.signing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.junit.jupiter.api.Test;

class Sm2Test {

    private final KeyPair keys = Sm2.generateKeyPair();
    private final byte[] data = "{\"identifier\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesWhatItSigned() {
        byte[] signature = Sm2.sign(keys.getPrivate(), data);
        assertThat(Sm2.verify(keys.getPublic(), data, signature)).isTrue();
    }

    @Test
    void refusesChangedDataAnotherKeyAndGarbledSignatures() {
        byte[] signature = Sm2.sign(keys.getPrivate(), data);
        byte[] changed = data.clone();
        changed[3] ^= 1;
        assertThat(Sm2.verify(keys.getPublic(), changed, signature)).isFalse();
        assertThat(Sm2.verify(Sm2.generateKeyPair().getPublic(), data, signature))
                .isFalse();
        assertThat(Sm2.verify(keys.getPublic(), data, Arrays.copyOf(signature, signature.length - 3)))
                .isFalse();
        assertThat(Sm2.verify(keys.getPublic(), data, new byte[] {1, 2, 3})).isFalse();
        assertThat(Sm2.verify(keys.getPublic(), data, null)).isFalse();
    }

    @Test
    void usesTheDefaultUserIdSoOtherSm2VerifiersAgree() throws Exception {
        byte[] signature = Sm2.sign(keys.getPrivate(), data);
        SM2Signer withDefaultId = new SM2Signer();
        withDefaultId.init(
                false,
                new ParametersWithID(
                        ECUtil.generatePublicKeyParameter(keys.getPublic()),
                        "1234567812345678".getBytes(StandardCharsets.US_ASCII)));
        withDefaultId.update(data, 0, data.length);
        assertThat(withDefaultId.verifySignature(signature)).isTrue();

        SM2Signer withOtherId = new SM2Signer();
        withOtherId.init(
                false,
                new ParametersWithID(
                        ECUtil.generatePublicKeyParameter(keys.getPublic()),
                        "8765432187654321".getBytes(StandardCharsets.US_ASCII)));
        withOtherId.update(data, 0, data.length);
        assertThat(withOtherId.verifySignature(signature)).isFalse();
    }

    @Test
    void keysSurviveTheirEncodedForms() {
        byte[] signature = Sm2.sign(Sm2.privateKey(keys.getPrivate().getEncoded()), data);
        assertThat(Sm2.verify(Sm2.publicKey(keys.getPublic().getEncoded()), data, signature))
                .isTrue();
    }
}
