package io.onewindow.approval.materials.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a material may be: PDF, JPEG, PNG. A file is taken for what its first bytes say, and
 * must also be declared as that type when a type is declared: a renamed executable does not become a PDF by
 * its content type. An undeclared part ({@code application/octet-stream} or no type) is what its bytes show.
 */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** The most bytes any signature needs. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String contentType;
    private final byte[] signature;

    FileKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind the leading bytes show, if any. */
    public static Optional<FileKind> sniff(byte[] head) {
        for (FileKind kind : values()) {
            if (head.length >= kind.signature.length
                    && Arrays.equals(Arrays.copyOf(head, kind.signature.length), kind.signature)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The content type a client sends when it does not say what a file is. */
    static final String UNDECLARED = "application/octet-stream";

    /**
     * The kind of an upload whose declared content type and leading bytes agree. A part declared {@code
     * application/octet-stream} or without a type is not declared: its kind is what its leading bytes show.
     *
     * @throws InvalidValueException {@code material.unsupported-type} for another declared type or an
     *     undeclared part whose bytes are no PDF, JPEG or PNG, {@code material.content-mismatch} when the bytes
     *     are not what the declared type says
     */
    public static FileKind verify(String declaredContentType, byte[] head) {
        String declared = declaredContentType == null
                ? ""
                : declaredContentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (declared.isEmpty() || declared.equals(UNDECLARED)) {
            return sniff(head).orElseThrow(FileKind::unsupported);
        }
        FileKind claimed = Arrays.stream(values())
                .filter(kind -> kind.contentType.equals(declared))
                .findFirst()
                .orElseThrow(FileKind::unsupported);
        FileKind actual = sniff(head)
                .orElseThrow(() -> new InvalidValueException(
                        "material.content-mismatch", "file", "the file's content is not a " + claimed));
        if (actual != claimed) {
            throw new InvalidValueException(
                    "material.content-mismatch", "file", "declared " + claimed + " but the content is " + actual);
        }
        return actual;
    }

    private static InvalidValueException unsupported() {
        return new InvalidValueException(
                "material.unsupported-type", "file", "only PDF, JPEG and PNG files are accepted");
    }
}
