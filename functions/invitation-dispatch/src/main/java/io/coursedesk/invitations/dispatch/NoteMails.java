package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.invitations.notes.NotePdf;
import io.coursedesk.shared.email.Attachment;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.email.TemplateVariables;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.NoteIssued;
import io.coursedesk.shared.persistence.FailedNotes;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Mails an issued debit or credit note with its PDF copy ({@link NotePdf}, rendered from the event, so a retry
 * attaches the same file) to the payer ({@code PAYER}) and, when an organisation pays, a copy to the participant
 * ({@code COPY}), each once through the {@link EmailLog}.
 * <p>
 * A note whose payer's mail did not go out is marked failed ({@link FailedNotes}, the dashboard lists it): when an
 * attempt ends with the payer's mail {@code FAILED} in the mail log (SES refused it, or kept failing through the SES
 * client's own retries), or when the note has no valid payer address. The event still fails, so Lambda retries it
 * and finally dead-letters it; the attempt that sends the payer's mail clears the mark. A mail another delivery
 * is sending is no failure.
 */
@Singleton
class NoteMails {
    static final String PAYER = "PAYER";
    static final String COPY = "COPY";

    private final NotePdf pdf;
    private final InvitationDispatcher dispatcher;
    private final EmailLog log;
    private final FailedNotes failedNotes;
    private final Clock clock;

    NoteMails(NotePdf pdf, InvitationDispatcher dispatcher, EmailLog log, FailedNotes failedNotes, Clock clock) {
        this.pdf = pdf;
        this.dispatcher = dispatcher;
        this.log = log;
        this.failedNotes = failedNotes;
        this.clock = clock;
    }

    void send(NoteIssued note, Context lambdaContext) {
        Optional<EmailAddress> payer = Recipients.address(note.payerEmail(), note.payerName());
        if (payer.isEmpty()) {
            failedNotes.mark(note, "no valid payer address: " + note.payerEmail(), clock.instant());
            throw new IllegalStateException(NotePdf.title(note) + " " + note.noteNumber()
                    + " has no valid payer address");
        }
        List<Attachment> copy = List.of(new Attachment(NotePdf.fileName(note), "application/pdf", pdf.render(note)));
        List<OutgoingEmail> mails = Stream.concat(Stream.of(mail(note, PAYER, payer.get(), copy)),
                Recipients.address(note.copyToEmail(), note.participantName()).stream()
                        .map(student -> mail(note, COPY, student, copy))).toList();
        try {
            dispatcher.send(note, mails, DeliveryAttempt.of(lambdaContext, clock));
        } catch (RuntimeException notAllSent) {
            Optional<EmailRecord> toPayer = log.find(note.tenantId(), note.eventId(), PAYER);
            if (toPayer.map(EmailRecord::status).orElse(null) == EmailStatus.FAILED) {
                failedNotes.mark(note, toPayer.get().error(), clock.instant());
            } else if (toPayer.map(EmailRecord::status).orElse(null) == EmailStatus.SENT) {
                failedNotes.clear(note);
            }
            throw notAllSent;
        }
        failedNotes.clear(note);
    }

    private static OutgoingEmail mail(NoteIssued note, String mailKey, EmailAddress to, List<Attachment> pdf) {
        SystemEmail kind = switch (note.kind()) {
            case DEBIT_NOTE -> SystemEmail.DEBIT_NOTE;
            case CREDIT_NOTE -> SystemEmail.CREDIT_NOTE;
        };
        TemplateModel model = new TemplateModel().providerName(note.providerName())
                .set(TemplateVariables.COURSE_TYPE, note.courseType())
                .set(TemplateVariables.COURSE_DATE, DutchFormat.date(note.courseFirstDay()))
                .set("note.number", note.noteNumber())
                .set("note.participant", note.participantName())
                .set("note.amount", NotePdf.euros(note.amountCents()))
                .set("recipient.name", to.displayName());
        if (note instanceof CreditNoteIssued credit) {
            model.set("note.debitNoteNumber", credit.debitNoteNumber());
        }
        return new OutgoingEmail(mailKey, kind.name(), note.courseId(), to, List.of(), kind.template(), model,
                List.of(), List.of(), pdf);
    }
}
