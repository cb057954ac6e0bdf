package io.onewindow.approval.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void acceptsPdfJpegAndPngWhoseBytesMatchTheirType() {
        assertThat(FileKind.verify("application/pdf", PDF)).isEqualTo(FileKind.PDF);
        assertThat(FileKind.verify("image/png", PNG)).isEqualTo(FileKind.PNG);
        assertThat(FileKind.verify("image/jpeg; charset=binary", JPEG)).isEqualTo(FileKind.JPEG);
    }

    @Test
    void refusesAnExecutableDeclaredAsPdf() {
        assertThatThrownBy(() -> FileKind.verify("application/pdf", EXE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "material.content-mismatch");
    }

    @Test
    void refusesAPngDeclaredAsJpeg() {
        assertThatThrownBy(() -> FileKind.verify("image/jpeg", PNG))
                .hasFieldOrPropertyWithValue("code", "material.content-mismatch");
    }

    @Test
    void refusesOtherDeclaredTypesEvenWithPdfBytes() {
        assertThatThrownBy(() -> FileKind.verify("application/zip", PDF))
                .hasFieldOrPropertyWithValue("code", "material.unsupported-type");
        assertThatThrownBy(() -> FileKind.verify("text/plain", PNG))
                .hasFieldOrPropertyWithValue("code", "material.unsupported-type");
    }

    @Test
    void takesAnOctetStreamPartForWhatItsBytesShow() {
        assertThat(FileKind.verify("application/octet-stream", PDF)).isEqualTo(FileKind.PDF);
        assertThat(FileKind.verify("Application/Octet-Stream; charset=binary", JPEG))
                .isEqualTo(FileKind.JPEG);
        assertThat(FileKind.verify("application/octet-stream", PNG)).isEqualTo(FileKind.PNG);
    }

    @Test
    void takesAPartWithoutTypeForWhatItsBytesShow() {
        assertThat(FileKind.verify(null, PDF)).isEqualTo(FileKind.PDF);
        assertThat(FileKind.verify("", PNG)).isEqualTo(FileKind.PNG);
    }

    @Test
    void refusesAnUndeclaredPartWhoseBytesAreNoPdfJpegOrPng() {
        assertThatThrownBy(() -> FileKind.verify("application/octet-stream", EXE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "material.unsupported-type");
        assertThatThrownBy(() -> FileKind.verify(null, EXE))
                .hasFieldOrPropertyWithValue("code", "material.unsupported-type");
        assertThatThrownBy(() -> FileKind.verify(null, new byte[0]))
                .hasFieldOrPropertyWithValue("code", "material.unsupported-type");
    }
}
