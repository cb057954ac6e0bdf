package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiLimitConventionsTest {

    private static final long BODY = 1_048_576;
    private static final long FILE = 2_097_152;

    private final ApiLimitConventions conventions = new ApiLimitConventions(BODY, FILE);

    private Schema<?> customised(Schema<?> property) {
        Schema<?> record = new ObjectSchema().addProperty("value", property);
        OpenAPI openApi = new OpenAPI().components(new Components().addSchemas("Record", record));
        conventions.customise(openApi);
        Schema<?> customised = openApi.getComponents().getSchemas().get("Record");
        return (Schema<?>) customised.getProperties().get("value");
    }

    @Test
    void keepsTheBoundsARecordDeclares() {
        Schema<?> string = customised(new StringSchema().maxLength(200));
        Schema<?> array = customised(
                new ArraySchema().items(new StringSchema().maxLength(5)).maxItems(20));
        Schema<?> integer =
                customised(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.TEN));

        assertThat(string.getMaxLength()).isEqualTo(200);
        assertThat(array.getMaxItems()).isEqualTo(20);
        assertThat(integer.getMinimum()).isEqualByComparingTo("1");
        assertThat(integer.getMaximum()).isEqualByComparingTo("10");
    }

    @Test
    void boundsAStringWithoutMaxLengthByItsFormatElseByTheBodyLimit() {
        assertThat(customised(new StringSchema().format("date")).getMaxLength()).isEqualTo(10);
        assertThat(customised(new StringSchema().format("date-time")).getMaxLength())
                .isEqualTo("2026-12-03T09:45:00.123456789+08:00".length());
        assertThat(customised(new StringSchema().format("uuid")).getMaxLength()).isEqualTo(36);
        assertThat(customised(new StringSchema().format("binary")).getMaxLength())
                .isEqualTo((int) FILE);
        assertThat(customised(new StringSchema()).getMaxLength()).isEqualTo((int) BODY);
    }

    @Test
    void leavesAnEnumeratedStringWithoutMaxLength() {
        Schema<?> enumerated = customised(new StringSchema()._enum(List.of("OPEN", "CLOSED")));

        assertThat(enumerated.getMaxLength()).isNull();
    }

    @Test
    void boundsAnArrayWithoutMaxItemsAndTheStringsInside() {
        Schema<?> array = customised(new ArraySchema().items(new StringSchema()));

        assertThat(array.getMaxItems()).isEqualTo((int) BODY);
        assertThat(array.getItems().getMaxLength()).isEqualTo((int) BODY);
    }

    @Test
    void boundsAnIntegerByItsJavaRangeButKeepsADeclaredMinimum() {
        Schema<?> int32 = customised(new IntegerSchema().format("int32"));
        Schema<?> unformatted = customised(new IntegerSchema().format(null));
        Schema<?> positive = customised(new IntegerSchema().format("int32").exclusiveMinimumValue(BigDecimal.ZERO));

        assertThat(int32.getMinimum()).isEqualByComparingTo(String.valueOf(Integer.MIN_VALUE));
        assertThat(int32.getMaximum()).isEqualByComparingTo(String.valueOf(Integer.MAX_VALUE));
        assertThat(unformatted.getFormat()).isEqualTo("int64");
        assertThat(unformatted.getMaximum()).isEqualByComparingTo(String.valueOf(Long.MAX_VALUE));
        assertThat(positive.getMinimum()).isNull();
        assertThat(positive.getExclusiveMinimumValue()).isEqualByComparingTo("0");
        assertThat(positive.getMaximum()).isEqualByComparingTo(String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    void boundsInlineParameterAndBodySchemasButNotReferences() {
        Schema<?> reference = new Schema<>().$ref("#/components/schemas/Record");
        Operation operation = new Operation()
                .addParametersItem(new Parameter().name("q").schema(new StringSchema()))
                .requestBody(new RequestBody()
                        .content(new Content().addMediaType("application/json", new MediaType().schema(reference))));
        OpenAPI openApi = new OpenAPI().paths(new Paths().addPathItem("/api/x", new PathItem().get(operation)));

        conventions.customise(openApi);

        assertThat(operation.getParameters().get(0).getSchema().getMaxLength()).isEqualTo((int) BODY);
        assertThat(reference.getMaxLength()).isNull();
    }

    @Test
    void rewritesTheJavaDotAllFlagInTheEcmaDialect() {
        Schema<?> string = customised(new StringSchema().maxLength(200).pattern("(?s).*\\S.*"));

        assertThat(string.getPattern()).isEqualTo("[\\s\\S]*\\S[\\s\\S]*");
        assertThat(customised(new StringSchema().maxLength(9).pattern("[a-z0-9-]+"))
                        .getPattern())
                .isEqualTo("[a-z0-9-]+");
    }

    @Test
    void anAnswerDocumentingHeadersAlsoDocumentsTheGatewaysCorsOriginAndOneWithoutHeadersGetsNone() {
        io.swagger.v3.oas.models.responses.ApiResponse paged = new io.swagger.v3.oas.models.responses.ApiResponse()
                .addHeaderObject(
                        "X-Total-Count", new io.swagger.v3.oas.models.headers.Header().schema(new IntegerSchema()));
        io.swagger.v3.oas.models.responses.ApiResponse plain = new io.swagger.v3.oas.models.responses.ApiResponse();
        Operation list = new Operation()
                .responses(new io.swagger.v3.oas.models.responses.ApiResponses()
                        .addApiResponse("200", paged)
                        .addApiResponse("204", plain));
        OpenAPI document = new OpenAPI().paths(new Paths().addPathItem("/things", new PathItem().get(list)));

        conventions.customise(document);

        assertThat(paged.getHeaders()).containsKeys("X-Total-Count", "Access-Control-Allow-Origin");
        assertThat(plain.getHeaders()).isNull();
    }
}
