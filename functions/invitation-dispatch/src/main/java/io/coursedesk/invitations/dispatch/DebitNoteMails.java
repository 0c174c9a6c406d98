package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.invitations.debit.DebitNotePdf;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.email.Attachment;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.email.TemplateVariables;
import io.coursedesk.shared.events.DebitNoteIssued;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mails an issued debit note with its PDF copy ({@link DebitNotePdf}, rendered from the event, so a retry attaches
 * the same file) to the payer ({@code PAYER}) and, when an organisation pays, a copy to the participant
 * ({@code COPY}), each once through the {@link EmailLog}. A note whose payer has no valid address fails the
 * event, so it is retried and finally dead-lettered, never dropped silently.
 */
@Singleton
class DebitNoteMails implements EventConsumer<DebitNoteIssued> {
    private final DebitNotePdf pdf;
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    DebitNoteMails(DebitNotePdf pdf, InvitationDispatcher dispatcher, Clock clock) {
        this.pdf = pdf;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public Class<DebitNoteIssued> eventType() {
        return DebitNoteIssued.class;
    }

    @Override
    public void accept(DebitNoteIssued note, Context lambdaContext) {
        EmailAddress payer = Recipients.address(note.payerEmail(), note.payerName()).orElseThrow(() ->
                new IllegalStateException("debit note " + note.debitNoteNumber() + " has no valid payer address"));
        List<Attachment> copy = List.of(new Attachment("debetnota-" + note.debitNoteNumber() + ".pdf",
                "application/pdf", pdf.render(note)));
        List<OutgoingEmail> mails = Stream.concat(Stream.of(mail(note, "PAYER", payer, copy)),
                Recipients.address(note.copyToEmail(), note.participantName()).stream()
                        .map(student -> mail(note, "COPY", student, copy))).toList();
        dispatcher.send(note, mails, DeliveryAttempt.of(lambdaContext, clock));
    }

    private static OutgoingEmail mail(DebitNoteIssued note, String mailKey, EmailAddress to, List<Attachment> pdf) {
        TemplateModel model = new TemplateModel().providerName(note.providerName())
                .set(TemplateVariables.COURSE_TYPE, note.courseType())
                .set(TemplateVariables.COURSE_DATE, DutchFormat.date(note.courseFirstDay()))
                .set("debitNote.number", note.debitNoteNumber())
                .set("debitNote.participant", note.participantName())
                .set("debitNote.amount", DebitNotePdf.euros(note.amountCents()))
                .set("recipient.name", to.displayName());
        return new OutgoingEmail(mailKey, SystemEmail.DEBIT_NOTE.name(), note.courseId(), to, List.of(),
                SystemEmail.DEBIT_NOTE.template(), model, List.of(), List.of(), pdf);
    }
}
