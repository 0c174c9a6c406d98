package io.coursedesk.shared.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MimeMessageBuilderTest {

    private static String build(String subject, List<Attachment> attachments) {
        byte[] raw = new MimeMessageBuilder()
                .from(new EmailAddress("noreply@example.org", "Opleidingen Zuid"))
                .replyTo(EmailAddress.of("planning@example.org"))
                .to(new EmailAddress("anna@example.org", "Anna Müller"))
                .cc(List.of(EmailAddress.of("planner@example.org")))
                .content(new RenderedEmail(subject, "<p>Hé</p>", "Hé\n"))
                .date(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC))
                .attachments(attachments)
                .build();
        return new String(raw, StandardCharsets.US_ASCII);
    }

    @Test
    void encodesNonAsciiHeadersAsWordsThatDecodeBack() {
        String subject = "Bevestiging cursus Eerste Hulp – ‘s-Hertogenbosch € 😀 ".repeat(3).strip();

        String message = build(subject, List.of());

        Matcher words = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=").matcher(header(message, "Subject"));
        StringBuilder decoded = new StringBuilder();
        while (words.find()) {
            decoded.append(new String(Base64.getDecoder().decode(words.group(1)), StandardCharsets.UTF_8));
        }
        assertThat(decoded.toString()).isEqualTo(subject);
        assertThat(message.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(header(message, "To")).isEqualTo("=?UTF-8?B?" + Base64.getEncoder()
                .encodeToString("Anna Müller".getBytes(StandardCharsets.UTF_8)) + "?= <anna@example.org>");
        assertThat(header(message, "From")).isEqualTo("\"Opleidingen Zuid\" <noreply@example.org>");
        assertThat(header(message, "Cc")).isEqualTo("planner@example.org");
        assertThat(header(message, "Reply-To")).isEqualTo("planning@example.org");
        assertThat(header(message, "Content-Type")).startsWith("multipart/alternative; boundary=");
    }

    @Test
    void addressesAnInternationalisedDomainInPunycodeSoTheMessageStaysAscii() {
        byte[] raw = new MimeMessageBuilder()
                .from(EmailAddress.of("noreply@example.org"))
                .to(new EmailAddress("jan@bücher.nl", "Jan"))
                .cc(List.of(EmailAddress.of("info@café.example")))
                .content(new RenderedEmail("Hallo", "<p>Hallo</p>", "Hallo\n"))
                .date(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC))
                .attachments(List.of())
                .build();

        String message = new String(raw, StandardCharsets.UTF_8);
        assertThat(header(message, "To")).isEqualTo("\"Jan\" <jan@xn--bcher-kva.nl>");
        assertThat(header(message, "Cc")).isEqualTo("info@xn--caf-dma.example");
        assertThat(message.chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void putsAttachmentsBesideTheAlternativeBodiesAsBase64() {
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }

        String message = build("Uitnodiging", List.of(new Attachment("Lesmateriaal week 1.pdf", "application/pdf", pdf),
                new Attachment("überblick.txt", "text/plain\r\nX-Evil: 1", "x".getBytes(StandardCharsets.UTF_8))));

        assertThat(header(message, "Content-Type")).startsWith("multipart/mixed; boundary=");
        assertThat(message).contains("Content-Disposition: attachment; filename=\"Lesmateriaal week 1.pdf\"")
                .contains("Content-Disposition: attachment; filename*=UTF-8''%C3%BCberblick.txt")
                .contains("Content-Type: application/octet-stream; name*=UTF-8''%C3%BCberblick.txt")
                .doesNotContain("X-Evil");
        String part = message.substring(message.indexOf("filename=\"Lesmateriaal week 1.pdf\""));
        String body = part.substring(part.indexOf("\r\n\r\n") + 4, part.indexOf("\r\n\r\n--"));
        assertThat(Base64.getMimeDecoder().decode(body)).isEqualTo(pdf);
    }

    /** The header's value with folded continuation lines joined. */
    private static String header(String message, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + ": (.*(?:\r\n .*)*)").matcher(message);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1).replace("\r\n ", " ").strip();
    }
}
