package io.coursedesk.invitations.dispatch;

import io.coursedesk.invitations.attachments.AttachmentStore;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.email.Attachment;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.MimeMessageBuilder;
import io.coursedesk.shared.email.RenderedEmail;
import io.coursedesk.shared.email.TemplateRenderException;
import io.coursedesk.shared.email.TemplateRenderer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sends one mail at most once: renders it, claims it in the {@link EmailLog}, builds the raw MIME message and
 * hands it to SES (whose client retries throttling and 5xx answers with backoff). When anything fails between
 * the claim and SES accepting the mail, the attempt releases its claim as failed and reports it with an exception,
 * so Lambda's next retry of the event takes the mail at once (and finally dead-letters the event).
 */
@Singleton
public class EmailSender {
    private final TemplateRenderer renderer;
    private final EmailLog log;
    private final AttachmentStore attachments;
    private final SesV2Client ses;
    private final String fromAddress;
    private final Clock clock;

    public EmailSender(TemplateRenderer renderer, EmailLog log, AttachmentStore attachments, SesV2Client ses,
                       @Value("${coursedesk.mail.from}") String fromAddress, Clock clock) {
        this.renderer = renderer;
        this.log = log;
        this.attachments = attachments;
        this.ses = ses;
        this.fromAddress = fromAddress;
        this.clock = clock;
    }

    /** @return the mail's record, sent now or by an earlier delivery */
    public EmailRecord send(String tenantId, String eventId, Provider provider, OutgoingEmail mail, DeliveryAttempt attempt) {
        RenderedEmail rendered;
        try {
            rendered = renderer.render(mail.template(), mail.model());
        } catch (TemplateRenderException e) {
            // the other mails of the event still go; this one fails the event, which is retried, then dead-lettered
            throw new EmailNotSentException("mail " + mail.mailKey() + " of " + eventId + " was not sent: its template "
                    + e.getMessage(), e);
        }
        Optional<EmailRecord> sentBefore = log.claim(tenantId, eventId, mail, rendered.subject(), attempt);
        if (sentBefore.isPresent()) {
            return sentBefore.get();
        }
        String messageId;
        try {
            byte[] raw = new MimeMessageBuilder()
                    .from(new EmailAddress(fromAddress, provider.name()))
                    .replyTo(Recipients.address(provider.notificationEmail(), provider.name()).orElse(null))
                    .to(mail.to())
                    .cc(mail.cc())
                    .content(rendered)
                    .date(ZonedDateTime.now(clock))
                    .attachments(files(tenantId, mail))
                    .build();
            messageId = ses.sendEmail(b -> b.content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(raw))))).messageId();
        } catch (RuntimeException e) {
            log.release(tenantId, eventId, mail.mailKey(), attempt, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new EmailNotSentException("mail " + mail.mailKey() + " of " + eventId + " was not sent: " + e.getMessage(), e);
        }
        return log.markSent(tenantId, eventId, mail.mailKey(), messageId);
    }

    private List<Attachment> files(String tenantId, OutgoingEmail mail) {
        return Stream.concat(mail.attachments().stream()
                .map(stored -> new Attachment(stored.filename(), stored.contentType(), attachments.get(tenantId, stored))),
                mail.rendered().stream()).toList();
    }
}
