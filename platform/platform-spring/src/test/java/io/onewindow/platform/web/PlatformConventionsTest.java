package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import io.onewindow.platform.testapp.TestServiceApplication.ThingStore;
import io.onewindow.platform.testapp.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The conventions every service gets from the platform library, exercised through a small
 * service: problems for bad input (nothing written), titles by language, real JWT checks.
 */
@SpringBootTest(
        classes = TestServiceApplication.class,
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "onewindow.web.max-body-size=2KB",
            "spring.kafka.bootstrap-servers=127.0.0.1:1"
        })
@AutoConfigureMockMvc
class PlatformConventionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThingStore store;

    @Autowired
    org.springframework.security.oauth2.jwt.JwtDecoder decoder;

    private static final TestMongo MONGO = new TestMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.register(registry, "platform_conventions_test");
    }

    @BeforeEach
    void clear() {
        store.written.clear();
    }

    private static MockHttpServletRequestBuilder asCitizen(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.citizen());
    }

    private static MockHttpServletRequestBuilder postThing(String body) {
        return asCitizen(
                post("/api/things").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void acceptsAValidRequestFromASignedInCitizen() throws Exception {
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":2}")).andExpect(status().isOk());
        assertThat(store.written).hasSize(1);
    }

    @Test
    void refusesMalformedJsonAsAProblemAndWritesNothing() throws Exception {
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:malformed-body"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求内容格式错误"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void answersInEnglishWhenTheCallerPrefersEnglish() throws Exception {
        mvc.perform(postThing("not json").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,zh;q=0.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("The request body is malformed"));
    }

    @Test
    void writesTitleDetailAndFieldMessagesInChineseByDefault() throws Exception {
        mvc.perform(postThing("{\"name\":\"\",\"count\":99}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath("$.title").value("请求参数不符合要求"))
                .andExpect(jsonPath("$.detail").value("请求中有 2 处取值不符合要求，详见 errors"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("不能为空"))
                .andExpect(jsonPath("$.errors[?(@.field == 'count')].message").value("最大不能超过10"));
        mvc.perform(postThing("{\"name\":\"$where\",\"count\":2}"))
                .andExpect(jsonPath("$.errors[0].message").value("不能以“$”开头，也不能包含控制字符或双向文本格式字符"));
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":2,\"owner\":\"x\"}"))
                .andExpect(jsonPath("$.detail").value("字段“owner”未定义"))
                .andExpect(jsonPath("$.errors[0].message").value("不是该请求的字段"));
    }

    @Test
    void writesTitleDetailAndFieldMessagesInEnglishForAnyEnglishAcceptLanguage() throws Exception {
        for (String english : new String[] {"en", "en-US", "en-GB,zh;q=0.5"}) {
            mvc.perform(postThing("{\"name\":\"\",\"count\":99}").header(HttpHeaders.ACCEPT_LANGUAGE, english))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                    .andExpect(jsonPath("$.title").value("The request has invalid values"))
                    .andExpect(jsonPath("$.detail").value("The request has 2 invalid value(s); see errors"))
                    .andExpect(
                            jsonPath("$.errors[?(@.field == 'name')].message").value("must not be blank"))
                    .andExpect(jsonPath("$.errors[?(@.field == 'count')].message")
                            .value("must be less than or equal to 10"));
        }
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":2,\"owner\":\"x\"}")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.detail").value("Field 'owner' is not defined"))
                .andExpect(jsonPath("$.errors[0].message").value("not a field of this request"));
    }

    @Test
    void answersAnyOtherLanguageInChinese() throws Exception {
        mvc.perform(asCitizen(get("/api/things/t-404")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath("$.title").value("未找到所请求的资源"))
                .andExpect(jsonPath("$.detail").value("未找到该thing，或您无权查看"));
        mvc.perform(asCitizen(get("/api/things/t-404")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.detail").value("thing t-404 was not found"));
    }

    @Test
    void aCodeWithoutADetailTextKeepsTheEnglishMessageOfTheException() throws Exception {
        mvc.perform(asCitizen(post("/api/things/t-1/close")))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath("$.detail").value("thing t-1 is already closed"));
    }

    @Test
    void refusesAnUnknownFieldNamingIt() throws Exception {
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":2,\"owner\":\"someone-else\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unknown-field"))
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void refusesAWrongTypeInsteadOfCoercingIt() throws Exception {
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":\"2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:wrong-type"))
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        mvc.perform(postThing("{\"name\":\"permit\",\"count\":2.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        mvc.perform(postThing("{\"name\":42,\"count\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(postThing("{\"name\":{\"$ne\":null},\"count\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void listsEveryInvalidFieldAtOnce() throws Exception {
        mvc.perform(postThing("{\"name\":\"\",\"count\":99}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(store.written).isEmpty();
    }

    @Test
    void aRuleAcrossFieldsNamesTheObjectNotTheMethodThatChecksIt() throws Exception {
        mvc.perform(postThing("{\"name\":\"big\",\"count\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(""))
                .andExpect(jsonPath("$.errors[0].message").value("a big thing counts at most 5"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void refusesAMongoOperatorSmuggledInAString() throws Exception {
        mvc.perform(postThing("{\"name\":\"$where\",\"count\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("SafeText"));
        mvc.perform(asCitizen(get("/api/things?name={value}", "$gt")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:operator-in-input"));
        mvc.perform(asCitizen(get("/api/things").param("name", "$gt")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:operator-in-input"));
        mvc.perform(asCitizen(get("/api/things?{name}=x", "name[$ne]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:operator-in-input"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void refusesANameWithABidiOverrideOrALineBreakAndWritesNothing() throws Exception {
        for (String name : new String[] {"\\u202Eevil\\u202C", "a\\u2066b", "\\u200Fx", "张\\n三", "张\\t三", "x\\u0085"}) {
            mvc.perform(postThing("{\"name\":\"" + name + "\",\"count\":2}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].code").value("SafeText"));
        }
        assertThat(store.written).isEmpty();
        mvc.perform(postThing("{\"name\":\"广州市番禺区某某科技有限公司\",\"count\":2}")).andExpect(status().isOk());
    }

    @Test
    void refusesAnOversizeBodyWith413() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(4000) + "\",\"count\":2}";
        mvc.perform(postThing(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:payload-too-large"));
        assertThat(store.written).isEmpty();
    }

    @Test
    void mapsDomainExceptionsToTheirStatus() throws Exception {
        mvc.perform(asCitizen(get("/api/things/t-404")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"))
                .andExpect(jsonPath("$.instance").value("/api/things/t-404"));
        mvc.perform(asCitizen(post("/api/things/t-1/close")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:thing-closed"))
                .andExpect(jsonPath("$.detail").value("thing t-1 is already closed"));
        mvc.perform(asCitizen(post("/api/things/t-1/copy")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:duplicate"))
                .andExpect(jsonPath("$.detail").value("This already exists"));
    }

    @Test
    void requiresATokenOutsideThePublicPart() throws Exception {
        mvc.perform(get("/api/things"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"));
        mvc.perform(get("/api/things/public/hello")).andExpect(status().isOk());
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() throws Exception {
        String forged = TestTokens.forgedAdminFrom(TestTokens.citizen());
        mvc.perform(get("/api/things/admin/report").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void remembersAnAcceptedTokenAndStillRefusesItsForgeryAndItsRoleLimits() throws Exception {
        assertThat(decoder).isInstanceOf(io.onewindow.platform.security.ValidatedTokenCache.class);
        String citizen = TestTokens.citizen();
        for (int request = 0; request < 2; request++) {
            mvc.perform(get("/api/things").header(HttpHeaders.AUTHORIZATION, "Bearer " + citizen))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/things/admin/report").header(HttpHeaders.AUTHORIZATION, "Bearer " + citizen))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/things/admin/report")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forgedAdminFrom(citizen)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesTokensThatAreNotPlatformAccessTokensSayingWhichCheckFailedAndWritesNothing() throws Exception {
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(
                TestTokens.citizenWith(claims -> claims.claim("typ", "ID").audience("onewindow-cli")),
                "only access tokens are accepted: this token is of another type (an ID or refresh token)");
        refused.put(
                TestTokens.citizenWith(claims -> claims.claim("typ", "Refresh")),
                "only access tokens are accepted: this token is of another type (an ID or refresh token)");
        refused.put(
                TestTokens.citizenWith(claims -> claims.audience("account")),
                "the token is not meant for the OneWindow API (audience)");
        refused.put(
                TestTokens.citizenWith(claims -> claims.audience((String) null)),
                "the token is not meant for the OneWindow API (audience)");
        refused.put(
                TestTokens.citizenWith(claims -> claims.claim("azp", "admin-cli")),
                "the token was issued to a client that may not call the OneWindow API (authorized party)");
        refused.put(
                TestTokens.citizenWith(claims -> claims.claim("azp", null)),
                "the token was issued to a client that may not call the OneWindow API (authorized party)");
        for (var token : refused.entrySet()) {
            mvc.perform(post("/api/things")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getKey())
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"permit\",\"count\":2}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"))
                    .andExpect(jsonPath("$.detail").value(token.getValue()));
            mvc.perform(get("/api/things/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getKey()))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(store.written).isEmpty();
    }

    @Test
    void tellsNothingAboutAnExpiredOrForgedToken() throws Exception {
        String expired = TestTokens.citizenWith(
                claims -> claims.issueTime(new java.util.Date(0)).expirationTime(new java.util.Date(60_000)));
        for (String token : new String[] {expired, TestTokens.forgedAdminFrom(TestTokens.citizen())}) {
            mvc.perform(get("/api/things/me")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("a valid bearer token is required"));
            mvc.perform(get("/api/things/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("请先登录，或提供有效的访问令牌。"));
        }
    }

    @Test
    void servesThePublicAnswerWhateverTokenComesWithIt() throws Exception {
        String expired = TestTokens.citizenWith(
                claims -> claims.issueTime(new java.util.Date(0)).expirationTime(new java.util.Date(60_000)));
        for (String token : new String[] {expired, TestTokens.forgedAdminFrom(TestTokens.citizen()), "garbage"}) {
            mvc.perform(get("/api/things/public/hello").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isOk());
            // Outside the public part the same token is still refused.
            mvc.perform(get("/api/things/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void guardsARoleRestrictedActionPerRole() throws Exception {
        mvc.perform(asCitizen(get("/api/things/admin/report")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:forbidden"));
        mvc.perform(get("/api/things/admin/report").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string("report for admin1"));
    }

    @Test
    void showsTheCallerFromTheTokenWithTheIdNumberMasked() throws Exception {
        mvc.perform(asCitizen(get("/api/things/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("test-service"))
                .andExpect(jsonPath("$.username").value("citizen1"))
                .andExpect(jsonPath("$.roles[0]").value("citizen"))
                .andExpect(jsonPath("$.idNumber").value("440113********1235"));
    }

    @Test
    void describesTheServicePubliclyAndInItsApiDocument() throws Exception {
        mvc.perform(get("/api/things/public/about"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("test-service"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("OneWindow test-service"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.keycloak.scheme").value("bearer"));
    }

    @Test
    void documentsItsOperationsAsOneContractThroughTheGateway() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers[0].url").value("http://127.0.0.1:8080"))
                .andExpect(jsonPath("$.paths['/api/things'].post.operationId").value("thing.create"))
                .andExpect(
                        jsonPath("$.paths['/api/things/{id}'].get.operationId").value("thing.find"))
                .andExpect(jsonPath("$.paths['/api/things/public/hello'].get.security")
                        .isEmpty())
                .andExpect(jsonPath("$.paths['/api/things/public/hello'].get.responses['401']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/things/public/hello'].get.responses['404']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/things'].get.security[0].keycloak")
                        .isArray())
                .andExpect(
                        jsonPath("$.paths['/api/things'].get.responses['404']").doesNotExist())
                .andExpect(
                        jsonPath("$.paths['/api/things'].get.responses['413']").doesNotExist())
                .andExpect(jsonPath(
                                "$.paths['/api/things/{id}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath(
                                "$.paths['/api/things'].post.responses['401'].content['application/problem+json'].examples.unauthorized.value.type")
                        .value("urn:onewindow:problem:unauthorized"))
                .andExpect(
                        jsonPath("$.paths['/api/things'].post.responses['415']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/things'].post.responses['413']").exists())
                .andExpect(jsonPath(
                                "$.paths['/api/things'].post.responses['422'].content['application/problem+json'].examples['idempotency-key-reused'].value.type")
                        .value("urn:onewindow:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.paths['/api/things/public/hello'].get.responses['422']")
                        .doesNotExist())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items['$ref']")
                        .value("#/components/schemas/FieldProblem"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.correlationId")
                        .exists())
                .andExpect(jsonPath(
                                "$.components.securitySchemes['keycloak-login'].flows.authorizationCode.authorizationUrl")
                        .value("http://127.0.0.1:8180/realms/onewindow/protocol/openid-connect/auth"));
        mvc.perform(get("/v3/api-docs")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "api.onewindow.example")
                        .header("X-Forwarded-Prefix", "/api/things"))
                .andExpect(jsonPath("$.servers[0].url").value("https://api.onewindow.example"));
    }

    @Test
    void documentsTheGatewaysRateLimitAndBoundsEveryValueTheOwaspLintAsksFor() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/things/public/hello'].get.responses['429'].headers['Retry-After']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/things'].post.responses['429'].headers['X-RateLimit-Remaining']")
                        .exists())
                .andExpect(jsonPath(
                                "$.paths['/api/things'].post.responses['429'].content['application/problem+json'].examples['too-many-requests'].value.status")
                        .value(429))
                // the problem schemas come from ApiOperationConventions: bounded (by this test's 2KB body limit)
                // because the limits run after it
                .andExpect(jsonPath("$.components.schemas.Problem.properties.detail.maxLength")
                        .value(2048))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.maxItems")
                        .value(2048))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.status.maximum")
                        .value(Integer.MAX_VALUE))
                .andExpect(jsonPath("$.components.securitySchemes.keycloak.description")
                        .value(org.hamcrest.Matchers.containsString("RFC8725")))
                .andExpect(jsonPath("$.components.securitySchemes['keycloak-login'].flows.authorizationCode.refreshUrl")
                        .value("http://127.0.0.1:8180/realms/onewindow/protocol/openid-connect/token"));
    }

    @Test
    void reportsMongoHealthUpAgainstTheWireProtocolServer() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
