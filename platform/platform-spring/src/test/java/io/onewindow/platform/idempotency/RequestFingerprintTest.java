package io.onewindow.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.mock.web.MockPart;

class RequestFingerprintTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameJsonBodyHasTheSameFingerprint() {
        assertThat(RequestFingerprint.ofBody(null, bytes("{\"a\":1}")))
                .isEqualTo(RequestFingerprint.ofBody(null, bytes("{\"a\":1}")))
                .hasSize(64);
    }

    @Test
    void anotherJsonBodyOrQueryHasAnotherFingerprint() {
        String first = RequestFingerprint.ofBody(null, bytes("{\"a\":1}"));
        assertThat(RequestFingerprint.ofBody(null, bytes("{\"a\":2}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.ofBody("dryRun=true", bytes("{\"a\":1}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.ofBody(null, new byte[0])).isNotEqualTo(first);
    }

    private static MockHttpServletRequest upload(String boundary, MockPart... parts) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases/1/materials");
        request.setContentType("multipart/form-data; boundary=" + boundary);
        for (MockPart part : parts) {
            request.addPart(part);
        }
        return request;
    }

    private static MockPart file(String name, String filename, String contentType, String content) {
        MockPart part = new MockPart(name, filename, bytes(content));
        part.getHeaders().setContentType(org.springframework.http.MediaType.parseMediaType(contentType));
        return part;
    }

    @Test
    void aRetriedUploadWithANewBoundaryAndTheSamePartsHasTheSameFingerprint() throws Exception {
        String first = RequestFingerprint.ofParts(upload(
                "----a1",
                new MockPart("kind", bytes("id-card")),
                file("file", "id.pdf", "application/pdf", "%PDF-1.7 one")));
        String retried = RequestFingerprint.ofParts(upload(
                "----b2",
                new MockPart("kind", bytes("id-card")),
                file("file", "id.pdf", "application/pdf", "%PDF-1.7 one")));

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void anUploadDifferingInAPartsBytesNameFileNameOrTypeHasAnotherFingerprint() throws Exception {
        String first =
                RequestFingerprint.ofParts(upload("x", file("file", "id.pdf", "application/pdf", "%PDF-1.7 one")));

        assertThat(RequestFingerprint.ofParts(upload("x", file("file", "id.pdf", "application/pdf", "%PDF-1.7 two"))))
                .isNotEqualTo(first);
        assertThat(RequestFingerprint.ofParts(upload("x", file("scan", "id.pdf", "application/pdf", "%PDF-1.7 one"))))
                .isNotEqualTo(first);
        assertThat(RequestFingerprint.ofParts(upload("x", file("file", "id2.pdf", "application/pdf", "%PDF-1.7 one"))))
                .isNotEqualTo(first);
        assertThat(RequestFingerprint.ofParts(upload("x", file("file", "id.pdf", "image/png", "%PDF-1.7 one"))))
                .isNotEqualTo(first);
    }

    private static MockMultipartHttpServletRequest resolvedUpload(String content) {
        MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
        request.setContentType("multipart/form-data; boundary=z");
        request.addFile(new MockMultipartFile("file", "id.pdf", "application/pdf", bytes(content)));
        return request;
    }

    @Test
    void anUploadAlreadyResolvedIntoFilesIsFingerprintedByItsFiles() throws Exception {
        String first = RequestFingerprint.ofParts(resolvedUpload("%PDF-1.7 one"));

        assertThat(RequestFingerprint.ofParts(resolvedUpload("%PDF-1.7 one"))).isEqualTo(first);
        assertThat(RequestFingerprint.ofParts(resolvedUpload("%PDF-1.7 two"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.ofParts(
                        new jakarta.servlet.http.HttpServletRequestWrapper(resolvedUpload("%PDF-1.7 two"))))
                .as("under a wrapper, as Spring Security hands it on")
                .isNotEqualTo(first);
    }
}
