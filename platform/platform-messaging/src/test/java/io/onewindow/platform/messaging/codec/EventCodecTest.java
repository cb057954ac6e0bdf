package io.onewindow.platform.messaging.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {

    private static final Instant TIME = Instant.parse("2025-03-03T01:30:15.250Z");

    private final EventCodec codec = new EventCodec();

    private final EventEnvelope<ParcelRegistered> registered = EventEnvelope.wrap(
            "/onewindow/approval-service", new ParcelRegistered("parcel-1", "张三", LocalDate.of(2025, 3, 10)), TIME);

    @Test
    void writesCloudEventsStructuredJsonWithIsoTime() {
        JsonNode json = JsonMapper.builder().build().readTree(codec.write(registered));

        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("id").asString()).isEqualTo(registered.id());
        assertThat(json.get("source").asString()).isEqualTo("/onewindow/approval-service");
        assertThat(json.get("type").asString()).isEqualTo("onewindow.test.ParcelRegistered.v1");
        assertThat(json.get("subject").asString()).isEqualTo("parcel-1");
        assertThat(json.get("time").asString()).isEqualTo("2025-03-03T01:30:15.250Z");
        assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(json.get("data").get("recipient").asString()).isEqualTo("张三");
        assertThat(json.get("data").get("dueOn").asString()).isEqualTo("2025-03-10");
    }

    @Test
    void readsBackTheSameTypedEnvelope() {
        EventEnvelope<ParcelRegistered> read = codec.read(codec.write(registered), ParcelRegistered.class);

        assertThat(read).isEqualTo(registered);
    }

    /** An event type as it is today, with a flag its earlier version did not have. */
    record ParcelWeighed(String parcelId, int grams, boolean provisional)
            implements io.onewindow.platform.events.DomainEvent {
        @Override
        public String aggregateId() {
            return parcelId;
        }
    }

    @Test
    void readsAnEventWrittenBeforeAPrimitiveFieldWasAddedWithTheDefault() {
        String old = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/onewindow/a\","
                + "\"type\":\"t.v1\",\"subject\":\"p-1\",\"time\":\"2026-12-01T00:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"parcelId\":\"p-1\"}}";

        ParcelWeighed read = codec.read(old, ParcelWeighed.class).data();

        assertThat(read).isEqualTo(new ParcelWeighed("p-1", 0, false));
    }

    @Test
    void readsAnEventWithoutKnowingItsDataType() {
        EventEnvelope<JsonNode> read = codec.read(codec.write(registered));

        assertThat(read.id()).isEqualTo(registered.id());
        assertThat(read.time()).isEqualTo(TIME);
        assertThat(read.data().get("parcelId").asString()).isEqualTo("parcel-1");
        assertThat(codec.dataAs(read, ParcelRegistered.class).data()).isEqualTo(registered.data());
    }

    @Test
    void readsOnlyTheHeadersSkippingNestedData() {
        String json = "{\"data\":{\"nested\":{\"id\":\"not-this\",\"list\":[1,{\"type\":\"x\"}]}},"
                + "\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/onewindow/a\",\"type\":\"t.v1\","
                + "\"subject\":\"agg-1\",\"time\":\"2025-03-03T09:30:15+08:00\"}";

        EventHeaders headers = codec.readHeaders(json);

        assertThat(headers)
                .isEqualTo(new EventHeaders(
                        "e-1", "/onewindow/a", "t.v1", "agg-1", Instant.parse("2025-03-03T01:30:15Z")));
    }

    @Test
    void toleratesExtensionAttributesAndUnknownDataFields() {
        String json = codec.write(registered)
                .replace("\"data\":{", "\"traceparent\":\"00-abc-def-01\",\"data\":{\"addedLater\":42,");

        assertThat(codec.read(json, ParcelRegistered.class).data()).isEqualTo(registered.data());
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> codec.readHeaders("not json at all")).isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> codec.read("{\"id\": ")).isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> codec.read("[1,2]")).isInstanceOf(EventFormatException.class);
    }

    @Test
    void refusesAnEnvelopeWithoutItsRequiredAttributes() {
        String withoutId = codec.write(registered).replace("\"id\":\"" + registered.id() + "\",", "");

        assertThatThrownBy(() -> codec.readHeaders(withoutId))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> codec.read(withoutId)).isInstanceOf(EventFormatException.class);
    }

    @Test
    void refusesDataThatDoesNotFitTheRequestedType() {
        String json = codec.write(registered).replace("\"dueOn\":\"2025-03-10\"", "\"dueOn\":\"next week\"");

        assertThatThrownBy(() -> codec.read(json, ParcelRegistered.class)).isInstanceOf(EventFormatException.class);
    }
}
