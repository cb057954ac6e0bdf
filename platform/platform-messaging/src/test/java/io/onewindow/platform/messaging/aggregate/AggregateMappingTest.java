package io.onewindow.platform.messaging.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.messaging.aggregate.AggregateStoreIT.Crate;
import io.onewindow.platform.messaging.aggregate.AggregateStoreIT.CrateDocument;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateMappingTest {

    final AggregateMapping<Crate, CrateDocument> mapping = AggregateMapping.of(
                    Crate.class, CrateDocument.class, "crate", "onewindow.test.crates")
            .id(crate -> crate.id)
            .stored(AggregateMappingTest::document, document -> new Crate(document.id, document.steps))
            .versioned(document -> document.version, document -> document.outbox);

    @Test
    void theOneExpressionMappingAnswersEveryQuestionOfTheStore() {
        Crate crate = new Crate("c-1", 3);
        OutboxEntry entry = new OutboxEntry("e-1", "t", "c-1", "type", "{}", Instant.EPOCH, Map.of());

        CrateDocument document = mapping.toDocument(crate, 7, List.of(entry));

        assertThat(mapping.documentType()).isEqualTo(CrateDocument.class);
        assertThat(mapping.kind()).isEqualTo("crate");
        assertThat(mapping.topic()).isEqualTo("onewindow.test.crates");
        assertThat(mapping.id(crate)).isEqualTo("c-1");
        assertThat(mapping.version(document)).isEqualTo(7L);
        assertThat(mapping.outbox(document)).containsExactly(entry);
        assertThat(mapping.toAggregate(document).steps).isEqualTo(3);
    }

    @Test
    void aConflictIsChangedConcurrentlyUnlessTheStoreKeepsItsOwnCode() {
        assertThat(mapping.conflictCode()).isEqualTo("changed-concurrently");
        assertThat(AggregateMapping.of(Crate.class, CrateDocument.class, "crate", "t")
                        .id(crate -> crate.id)
                        .stored(AggregateMappingTest::document, document -> new Crate(document.id, 0))
                        .versioned(document -> document.version, document -> document.outbox)
                        .conflictCode("crate.changed-meanwhile")
                        .conflictCode())
                .isEqualTo("crate.changed-meanwhile");
    }

    private static CrateDocument document(Crate crate, long version, List<OutboxEntry> outbox) {
        CrateDocument document = new CrateDocument();
        document.id = crate.id;
        document.version = version;
        document.steps = crate.steps;
        document.outbox = outbox;
        return document;
    }
}
