package io.onewindow.platform.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * What makes two requests under one {@code Idempotency-Key} "the same": the SHA-256 of the query
 * string and the body bytes; for a multipart upload, of each part's name, file name, content type
 * and bytes in order (not the raw body, whose boundary a retried upload chooses anew).
 */
public final class RequestFingerprint {

    private RequestFingerprint() {}

    /** The fingerprint of a non-multipart request whose body is {@code body}. */
    public static String ofBody(String queryString, byte[] body) {
        MessageDigest digest = sha256();
        try (DataOutputStream out =
                new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
            writeText(out, queryString);
            out.writeInt(body.length);
            out.write(body);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of a multipart request from its parts, read through the container (the
     * parts stay available to the controller).
     */
    public static String ofParts(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        try (DataOutputStream out =
                new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
            writeText(out, request.getQueryString());
            for (Part part : request.getParts()) {
                writeText(out, part.getName());
                writeText(out, part.getSubmittedFileName());
                writeText(out, part.getContentType());
                out.writeLong(part.getSize());
                try (InputStream bytes = part.getInputStream()) {
                    bytes.transferTo(out);
                }
            }
            MultipartHttpServletRequest resolved =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            if (resolved != null) {
                // Already resolved by Spring (a MultipartFilter, or MockMvc, whose files are no parts),
                // possibly under the wrappers of Spring Security.
                for (Map.Entry<String, List<MultipartFile>> files :
                        resolved.getMultiFileMap().entrySet()) {
                    for (MultipartFile file : files.getValue()) {
                        writeText(out, files.getKey());
                        writeText(out, file.getOriginalFilename());
                        writeText(out, file.getContentType());
                        out.writeLong(file.getSize());
                        try (InputStream bytes = file.getInputStream()) {
                            bytes.transferTo(out);
                        }
                    }
                }
                for (Map.Entry<String, String[]> parameter :
                        resolved.getParameterMap().entrySet()) {
                    writeText(out, parameter.getKey());
                    for (String value : parameter.getValue()) {
                        writeText(out, value);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so that moving characters between fields changes the fingerprint. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
