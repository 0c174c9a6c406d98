package io.coursedesk.harness.ses;

import java.time.Instant;
import java.util.List;

/**
 * One email as the SES emulator stored it. For raw (MIME) sends the emulator takes recipients from the
 * headers, so several To addresses may come back as one comma-joined entry.
 */
public record StoredEmail(String messageId, String from, List<String> replyTo, List<String> to, List<String> cc,
                          List<String> bcc, String subject, String text, String html, List<Attachment> attachments,
                          Instant at) {

    /** @param content the decoded bytes, identical to what was sent */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    /** Every recipient address, with comma-joined entries split. */
    public List<String> recipients() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream)
                .flatMap(entry -> java.util.Arrays.stream(entry.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
