package io.onewindow.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.idempotency.IdempotencyRecords.Scope;
import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import io.onewindow.platform.testapp.TestServiceApplication.ThingStore;
import io.onewindow.platform.testapp.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code Idempotency-Key} on the POSTs of a small service using the platform library: a retry is
 * answered from the first result without running the controller again.
 */
@SpringBootTest(
        classes = TestServiceApplication.class,
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "onewindow.idempotency.excluded-paths=/api/things/*/close",
            "spring.kafka.bootstrap-servers=127.0.0.1:1"
        })
@AutoConfigureMockMvc
class IdempotencyKeyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThingStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IdempotencyRecords records;

    private static final TestMongo MONGO = new TestMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.register(registry, "idempotency_key_test");
    }

    @BeforeEach
    void clear() {
        store.written.clear();
        store.failuresLeft.set(0);
        mongo.getCollection(IdempotencyRecords.COLLECTION).deleteMany(new org.bson.Document());
    }

    private static MockHttpServletRequestBuilder post(String path, String token, String key, String body) {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body);
        return key == null ? request : request.header(IdempotencyFilter.HEADER, key);
    }

    private static final String PERMIT = "{\"name\":\"permit\",\"count\":2}";

    @Test
    void aRetryWithTheSameKeyAndBodyIsAnsweredWithTheFirstResultWithoutRunningTheControllerAgain() throws Exception {
        MvcResult first = mvc.perform(post("/api/things/registered", TestTokens.citizen(), "k-1", PERMIT))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED))
                .andReturn();

        mvc.perform(post("/api/things/registered", TestTokens.citizen(), "k-1", PERMIT))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/things/1"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_TYPE, first.getResponse().getContentType()))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .isEqualTo(first.getResponse().getContentAsString()));

        assertThat(store.written).hasSize(1);
    }

    @Test
    void withoutTheHeaderEveryPostRunsAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/things", TestTokens.citizen(), null, PERMIT)).andExpect(status().isOk());
        mvc.perform(post("/api/things", TestTokens.citizen(), null, PERMIT)).andExpect(status().isOk());

        assertThat(store.written).hasSize(2);
        assertThat(mongo.getCollection(IdempotencyRecords.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndWritesNothing() throws Exception {
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-2", PERMIT)).andExpect(status().isOk());

        mvc.perform(post("/api/things", TestTokens.citizen(), "k-2", "{\"name\":\"permit\",\"count\":3}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.title").value("该幂等键已用于另一个请求"));

        assertThat(store.written).hasSize(1);
    }

    @Test
    void theReusedKeyProblemIsInEnglishWhenTheCallerPrefersEnglish() throws Exception {
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-en", PERMIT)).andExpect(status().isOk());

        mvc.perform(post("/api/things", TestTokens.citizen(), "k-en", "{\"name\":\"other\",\"count\":2}")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("This Idempotency-Key was used for another request"));
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() throws Exception {
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-3", PERMIT)).andExpect(status().isOk());
        mvc.perform(post("/api/things/registered", TestTokens.citizen(), "k-3", PERMIT))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));

        assertThat(store.written).hasSize(2);
    }

    @Test
    void anotherCallersKeyIsIndependent() throws Exception {
        String other = TestTokens.token("citizen2", List.of("citizen"), null, "440113199003071235");
        mvc.perform(post("/api/things", TestTokens.citizen(), "shared-key", PERMIT))
                .andExpect(status().isOk());

        mvc.perform(post("/api/things", other, "shared-key", "{\"name\":\"theirs\",\"count\":1}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));
        mvc.perform(post("/api/things", other, "shared-key", PERMIT)).andExpect(status().isUnprocessableContent());

        assertThat(store.written)
                .extracting(TestServiceApplication.NewThing::name)
                .containsExactly("permit", "theirs");
    }

    @Test
    void aFirstAttemptThatFailedWithA5xxCanBeRetriedAndRunsAgain() throws Exception {
        store.failuresLeft.set(1);
        mvc.perform(post("/api/things/flaky", TestTokens.citizen(), "k-4", PERMIT))
                .andExpect(status().isInternalServerError());
        assertThat(store.written).isEmpty();

        mvc.perform(post("/api/things/flaky", TestTokens.citizen(), "k-4", PERMIT))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));
        mvc.perform(post("/api/things/flaky", TestTokens.citizen(), "k-4", PERMIT))
                .andExpect(status().isOk())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"));

        assertThat(store.written).hasSize(1);
    }

    @Test
    void aClientErrorIsKeptAndReplayedLikeASuccess() throws Exception {
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-5", "{\"name\":\"\",\"count\":2}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-5", "{\"name\":\"\",\"count\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsAConflictToTryAgainShortly() throws Exception {
        String fingerprint = RequestFingerprint.ofBody(null, PERMIT.getBytes());
        Scope scope = new Scope("test-service", "sub-citizen1", "POST", "/api/things", "k-6");
        assertThat(records.claim(scope.id(), fingerprint, scope)).isInstanceOf(IdempotencyRecords.Claimed.class);

        mvc.perform(post("/api/things", TestTokens.citizen(), "k-6", PERMIT))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-in-flight"));
        mvc.perform(post("/api/things", TestTokens.citizen(), "k-6", "{\"name\":\"other\",\"count\":2}"))
                .andExpect(status().isUnprocessableContent());

        assertThat(store.written).isEmpty();
    }

    @Test
    void anInvalidKeyIsRefusedWith400AndWritesNothing() throws Exception {
        for (String key : new String[] {"", "has space", "x".repeat(256), "中文"}) {
            mvc.perform(post("/api/things", TestTokens.citizen(), key, PERMIT))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-invalid"));
        }
        mvc.perform(post("/api/things", TestTokens.citizen(), "x".repeat(255), PERMIT))
                .andExpect(status().isOk());

        assertThat(store.written).hasSize(1);
    }

    @Test
    void anExcludedPathIgnoresTheHeader() throws Exception {
        mvc.perform(post("/api/things/7/close", TestTokens.citizen(), "k-7", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:thing-closed"));
        mvc.perform(post("/api/things/7/close", TestTokens.citizen(), "not valid", ""))
                .andExpect(status().isConflict());

        assertThat(mongo.getCollection(IdempotencyRecords.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void anAnonymousPostIgnoresTheHeader() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/things")
                        .header(IdempotencyFilter.HEADER, "k-8")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PERMIT))
                .andExpect(status().isUnauthorized());

        assertThat(mongo.getCollection(IdempotencyRecords.COLLECTION).countDocuments())
                .isZero();
        assertThat(store.written).isEmpty();
    }

    @Test
    void theApiDocumentListsTheOptionalHeaderOnPostsButNotOnExcludedOnes() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/things'].post.parameters[?(@.name == 'Idempotency-Key')].in")
                        .value("header"))
                .andExpect(jsonPath("$.paths['/api/things'].get.parameters[?(@.name == 'Idempotency-Key')]")
                        .isEmpty())
                .andExpect(jsonPath("$.paths['/api/things/{id}/close'].post.parameters[?(@.name == 'Idempotency-Key')]")
                        .isEmpty());
    }
}
