package io.coursedesk.harness.ses;

import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SesEmulatorTest {

    private static SesEmulator ses;
    private static SesV2Client client;

    @BeforeAll
    static void start() {
        ses = SesEmulator.start(SamTemplate.repositoryRoot());
        client = LocalCredentials.localClient(SesV2Client.builder(), ses.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        ses.stop();
    }

    @BeforeEach
    void clear() {
        ses.clear();
    }

    @Test
    void storesASimpleEmailWithBothBodiesAndCc() {
        String messageId = client.sendEmail(r -> r.fromEmailAddress("planning@opleider.nl")
                .destination(d -> d.toAddresses("anna@example.nl").ccAddresses("contact@bedrijf.nl"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Bevestiging inschrijving"))
                        .body(b -> b.text(t -> t.data("Je bent ingeschreven.")).html(h -> h.data("<p>Je bent ingeschreven.</p>"))))))
                .messageId();

        StoredEmail email = ses.awaitEmail(e -> e.messageId().equals(messageId), Duration.ofSeconds(5));
        assertThat(email.from()).isEqualTo("planning@opleider.nl");
        assertThat(email.to()).containsExactly("anna@example.nl");
        assertThat(email.cc()).containsExactly("contact@bedrijf.nl");
        assertThat(email.subject()).isEqualTo("Bevestiging inschrijving");
        assertThat(email.text()).isEqualTo("Je bent ingeschreven.");
        assertThat(email.html()).isEqualTo("<p>Je bent ingeschreven.</p>");
        assertThat(email.at()).isNotNull();
    }

    @Test
    void keepsRawMimeAttachmentsByteIdentical() {
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        String mime = String.join("\r\n",
                "From: planning@opleider.nl",
                "To: anna@example.nl, piet@example.nl",
                "Subject: Uitnodiging",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Zie bijlage.",
                "--b1",
                "Content-Type: application/pdf; name=\"route.pdf\"",
                "Content-Disposition: attachment; filename=\"route.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getMimeEncoder().encodeToString(pdf),
                "--b1--",
                "");

        client.sendEmail(r -> r.content(c -> c.raw(m -> m.data(SdkBytes.fromString(mime, StandardCharsets.UTF_8)))));

        StoredEmail email = ses.awaitEmail(e -> "Uitnodiging".equals(e.subject()), Duration.ofSeconds(5));
        assertThat(email.recipients()).containsExactlyInAnyOrder("anna@example.nl", "piet@example.nl");
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("route.pdf");
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
            assertThat(attachment.content()).isEqualTo(pdf);
        });
    }

    @Test
    void clearEmptiesTheStore() {
        client.sendEmail(r -> r.fromEmailAddress("a@b.nl").destination(d -> d.toAddresses("c@d.nl"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("y"))))));
        assertThat(ses.storedEmails()).hasSize(1);

        ses.clear();

        assertThat(ses.storedEmails()).isEmpty();
    }

    @Test
    void saysHowToInstallItWhenNodeModulesAreMissing(@TempDir Path emptyRoot) {
        assertThatThrownBy(() -> SesEmulator.start(emptyRoot))
                .hasMessageContaining("npm ci")
                .hasMessageContaining("infrastructure/emulators");
    }
}
