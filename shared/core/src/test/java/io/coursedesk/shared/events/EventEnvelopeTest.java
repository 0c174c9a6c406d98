package io.coursedesk.shared.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP functions read request bodies strictly; the events they also read stay readable when a producer adds fields. */
class EventEnvelopeTest {
    private final ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aConsumerReadsAnEventWithFieldsItDoesNotKnowYet() throws Exception {
        CourseInvitationRequested event = CourseInvitationRequested.of("t1", Instant.parse("2026-12-01T10:00:00Z"),
                "i1", "c1", "STUDENTS", "tpl", "Uitnodiging", "Welkom", false, List.of(),
                List.of(new CourseInvitationRequested.StoredAttachment("attachments/a", "a.pdf", "application/pdf", 10)));
        ObjectNode detail = strict.valueToTree(event);
        detail.put("addedLater", true);
        ((ObjectNode) detail.withArray("attachments").get(0)).put("checksum", "abc");
        ObjectNode envelope = strict.createObjectNode().put("id", "e1").put("detail-type", event.detailType())
                .put("source", EventSources.INVITATIONS).put("time", "2026-12-01T10:00:00Z").put("region", "eu-west-1");
        envelope.set("detail", detail);

        EventEnvelope read = strict.readValue(strict.writeValueAsString(envelope), EventEnvelope.class);

        assertThat(read.detailAs(CourseInvitationRequested.class, strict)).isEqualTo(event);
    }
}
