package io.onewindow.approval.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.KeycloakTestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The per-person upload quota (files and bytes not yet attached to a case), the upload rate, the
 * removal of uploads never attached, and downloads served only as attachments. Real Keycloak tokens;
 * small limits of its own so the boundaries are reachable.
 */
@TestPropertySource(
        properties = {
            "onewindow.approval.materials.max-pending-files=5",
            "onewindow.approval.materials.max-pending-bytes=1000B",
            "onewindow.approval.materials.uploads-per-minute=4",
            "onewindow.approval.materials.orphan-retention=7d"
        })
class UploadLimitsIT extends ApprovalIntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    GridFsTemplate gridFs;

    @Autowired
    OrphanUploadsJob job;

    private String matter;

    private static String bearer(String user) {
        return "Bearer "
                + TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u));
    }

    @BeforeEach
    void cleanSlate() {
        clock.setTo("2026-06-01");
        // Other test classes share the database: start each person here with no uploads at all.
        gridFs.delete(Query.query(Criteria.where("metadata.owner").in("citizen1", "citizen2", "enterprise1")));
        matter = published(Matters.foodLicense(freshCode("IT-UP"))).code();
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(9, size));
        return bytes;
    }

    private ResultActions upload(String user, String name, int size) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, "application/pdf", pdf(size));
        return mvc.perform(
                multipart("/api/approvals/files").file(file).header(HttpHeaders.AUTHORIZATION, bearer(user)));
    }

    private String uploaded(String user, String name, int size) throws Exception {
        String body = upload(user, name, size)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    private String file(String user, String fileId) throws Exception {
        String body = mvc.perform(post("/api/approvals/cases")
                        .header(HttpHeaders.AUTHORIZATION, bearer(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, fileId)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private long filesOf(String user) {
        return mongo.getCollection("fs.files").countDocuments(new Document("metadata.owner", user));
    }

    private boolean exists(String fileId) {
        return mongo.getCollection("fs.files").countDocuments(new Document("_id", new ObjectId(fileId))) == 1
                && mongo.getCollection("fs.chunks").countDocuments(new Document("files_id", new ObjectId(fileId))) > 0;
    }

    @Test
    void theFifthPendingUploadIsAcceptedTheSixthRefusedUntilOneIsAttached() throws Exception {
        String first = uploaded("citizen2", "1.pdf", 20);
        for (int i = 2; i <= 4; i++) {
            uploaded("citizen2", i + ".pdf", 20);
        }
        clock.advance(Duration.ofMinutes(1));
        uploaded("citizen2", "5.pdf", 20);

        upload("citizen2", "6.pdf", 20)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:material.quota-files"));
        assertThat(filesOf("citizen2")).isEqualTo(5);

        // A case takes one: it leaves the quota, and the sixth fits.
        file("citizen2", first);
        assertThat(mongo.getCollection("fs.files")
                        .find(new Document("_id", new ObjectId(first)))
                        .first()
                        .get("metadata", Document.class)
                        .getBoolean("attached"))
                .isTrue();
        uploaded("citizen2", "6.pdf", 20);
        assertThat(filesOf("citizen2")).isEqualTo(6);
    }

    @Test
    void pendingBytesUpToTheQuotaAreAcceptedOneByteMoreIsRefused() throws Exception {
        uploaded("citizen1", "a.pdf", 600);
        uploaded("citizen1", "b.pdf", 390);
        uploaded("citizen1", "c.pdf", 10); // 1000 bytes: exactly the quota

        upload("citizen1", "d.pdf", 10)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:material.quota-bytes"));
        assertThat(filesOf("citizen1")).isEqualTo(3);
    }

    @Test
    void theFifthUploadWithinAMinuteIsRefusedWithRetryAfterAndNothingStored() throws Exception {
        for (int i = 1; i <= 4; i++) {
            uploaded("enterprise1", i + ".pdf", 20);
        }

        upload("enterprise1", "5.pdf", 20)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:material.rate-exceeded"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(60));
        assertThat(filesOf("enterprise1")).isEqualTo(4);

        clock.advance(Duration.ofSeconds(59));
        upload("enterprise1", "5.pdf", 20)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
        assertThat(filesOf("enterprise1")).isEqualTo(4);

        clock.advance(Duration.ofSeconds(1)); // the first four are a minute old: out of the window
        uploaded("enterprise1", "5.pdf", 20);
        assertThat(filesOf("enterprise1")).isEqualTo(5);
    }

    @Test
    void theSweepRemovesOrphansOlderThanTheRetentionAndKeepsYoungerAndAttachedOnes() throws Exception {
        String orphan = uploaded("citizen1", "forgotten.pdf", 20);
        String attached = uploaded("citizen1", "filed.pdf", 20);
        file("citizen1", attached);
        String unmarked = uploaded("citizen1", "unmarked.pdf", 20);
        file("citizen1", unmarked);
        // As if the case was saved but marking its file failed: the case's reference still keeps it.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(new ObjectId(unmarked))),
                new Update().set("metadata.attached", false),
                "fs.files");
        Instant start = clock.instant();
        clock.advance(Duration.ofDays(6));
        String younger = uploaded("citizen1", "recent.pdf", 20);

        clock.setTo(start.plus(Duration.ofDays(7))); // exactly the retention: not older yet
        job.sweep();
        assertThat(exists(orphan)).isTrue();

        clock.setTo(start.plus(Duration.ofDays(7)).plusSeconds(1));
        job.sweep();

        assertThat(exists(orphan)).as("orphan: record and content removed").isFalse();
        assertThat(mongo.getCollection("fs.chunks").countDocuments(new Document("files_id", new ObjectId(orphan))))
                .isZero();
        assertThat(exists(younger)).isTrue();
        assertThat(exists(attached)).isTrue();
        assertThat(exists(unmarked)).isTrue();
        assertThat(mongo.getCollection("fs.files")
                        .find(new Document("_id", new ObjectId(unmarked)))
                        .first()
                        .get("metadata", Document.class)
                        .getBoolean("attached"))
                .isTrue();
    }

    @Test
    void aSweepNeverTouchesFilesStoredBeforeTheAttachedFlagExisted() throws Exception {
        String legacy = uploaded("citizen1", "legacy.pdf", 20);
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(new ObjectId(legacy))),
                new Update().unset("metadata.attached"),
                "fs.files");
        clock.advance(Duration.ofDays(30));

        job.sweep();

        assertThat(exists(legacy)).isTrue();
    }

    @Test
    void aCaseFileIsServedAsAnAttachmentWithItsUtf8NameAndNoSniffingToEveryoneWhoMayReadIt() throws Exception {
        String fileId = uploaded("citizen1", "平面图 layout.pdf", 40);
        String caseId = file("citizen1", fileId);
        String path = "/api/approvals/cases/" + caseId + "/files/" + fileId;

        for (String reader : List.of("citizen1", "officer1")) {
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    // RFC 6266: the UTF-8 name, and a plain fallback for clients that know no filename*.
                    .andExpect(header().string(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    "attachment; filename=\"___ layout.pdf\";"
                                            + " filename*=UTF-8''%E5%B9%B3%E9%9D%A2%E5%9B%BE%20layout.pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(pdf(40)));
        }
    }

    @Test
    void anotherPersonsUploadCanBeNeitherReadNorAttached() throws Exception {
        String fileId = uploaded("citizen1", "mine.pdf", 20);
        String caseId = file("citizen1", fileId);
        long reads = mongo.getCollection("case_reads").countDocuments();

        mvc.perform(get("/api/approvals/cases/" + caseId + "/files/" + fileId)
                        .header(HttpHeaders.AUTHORIZATION, bearer("citizen2")))
                .andExpect(status().isNotFound());
        long casesBefore = mongo.getCollection("cases").countDocuments();
        mvc.perform(post("/api/approvals/cases")
                        .header(HttpHeaders.AUTHORIZATION, bearer("citizen2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, fileId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.unknown-file"));
        // Nor through a case of one's own that names it.
        String own = file("citizen2", uploaded("citizen2", "own.pdf", 20));
        mvc.perform(get("/api/approvals/cases/" + own + "/files/" + fileId)
                        .header(HttpHeaders.AUTHORIZATION, bearer("citizen2")))
                .andExpect(status().isNotFound());

        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(casesBefore + 1);
        assertThat(mongo.getCollection("case_reads").countDocuments()).isEqualTo(reads);
    }
}
