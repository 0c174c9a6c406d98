package io.coursedesk.harness.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.ses.StoredEmail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** LocalStack's {@code /_aws/ses} entries (shape as LocalStack documents it) read as the harness's stored mail. */
class LocalStackMailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsASimpleSendWithItsUtcTimeWithoutZone() throws Exception {
        StoredEmail mail = LocalStackMail.email(JSON.readTree("""
                {"Id": "m-1", "Region": "eu-west-1", "Timestamp": "2031-09-08T07:30:00",
                 "Source": "noreply@coursedesk.local",
                 "Destination": {"ToAddresses": ["anna@example.nl"], "CcAddresses": ["karin@hoogland.example"]},
                 "Subject": "Bevestiging", "Body": {"text_part": "Ingeschreven.", "html_part": "<p>Ingeschreven.</p>"}}
                """));

        assertThat(mail.messageId()).isEqualTo("m-1");
        assertThat(mail.from()).isEqualTo("noreply@coursedesk.local");
        assertThat(mail.recipients()).containsExactly("anna@example.nl", "karin@hoogland.example");
        assertThat(mail.subject()).isEqualTo("Bevestiging");
        assertThat(mail.text()).isEqualTo("Ingeschreven.");
        assertThat(mail.html()).isEqualTo("<p>Ingeschreven.</p>");
        assertThat(mail.at()).isEqualTo(Instant.parse("2031-09-08T07:30:00Z"));
    }

    @Test
    void readsARawSendsHeadersBodiesAndAttachmentByteForByte() {
        byte[] pdf = new byte[2048];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 7);
        }
        String mime = String.join("\r\n",
                "From: \"CourseDesk\" <noreply@coursedesk.local>",
                "To: anna@example.nl, piet@example.nl",
                "Cc: karin@hoogland.example",
                "Subject: =?UTF-8?Q?Uitnodiging_cursus_=E2=80=93_BHV?=",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"outer\"",
                "",
                "--outer",
                "Content-Type: multipart/alternative; boundary=\"inner\"",
                "",
                "--inner",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Zie bijlage.",
                "--inner",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<p>Zie bijlage.</p>",
                "--inner--",
                "--outer",
                "Content-Type: application/pdf; name=\"route.pdf\"",
                "Content-Disposition: attachment; filename=\"route.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getMimeEncoder().encodeToString(pdf),
                "--outer--",
                "");
        ObjectNode entry = JSON.createObjectNode().put("Id", "m-2").put("Region", "eu-west-1")
                .put("Timestamp", "2031-09-08T07:30:00.123Z").put("Source", "noreply@coursedesk.local").put("RawData", mime);

        StoredEmail mail = LocalStackMail.email(entry);

        assertThat(mail.from()).isEqualTo("CourseDesk <noreply@coursedesk.local>");
        assertThat(mail.to()).containsExactly("anna@example.nl", "piet@example.nl");
        assertThat(mail.cc()).containsExactly("karin@hoogland.example");
        assertThat(mail.subject()).isEqualTo("Uitnodiging cursus – BHV");
        assertThat(mail.text()).isEqualTo("Zie bijlage.");
        assertThat(mail.html()).isEqualTo("<p>Zie bijlage.</p>");
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("route.pdf");
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
            assertThat(attachment.content()).isEqualTo(pdf);
        });
    }
}
