package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.coursedesk.shared.domain.NoteKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily run issued the debit note of a confirmed enrolment, seven days after it was confirmed. It carries what
 * the note says as issued, so the dispatch function renders the same PDF however often it retries the mail.
 * {@code eventId}: {@code DebitNoteIssued:<enrolmentId>} (an enrolment gets one debit note).
 *
 * @param payerOrganisationId null when the student pays themself
 * @param payerEmail          the organisation's billing address (else its contact's), or the student's own
 * @param copyToEmail         the student's address when an organisation pays, else null
 */
public record DebitNoteIssued(String eventId, String tenantId, Instant occurredAt, String enrolmentId,
                              String courseId, String studentId, String payerOrganisationId, String debitNoteNumber,
                              LocalDate issuedOn, long amountCents, String providerName, String courseType,
                              LocalDate courseFirstDay, String participantName, String payerName, String payerEmail,
                              String copyToEmail) implements NoteIssued {

    public static DebitNoteIssued of(String tenantId, Instant occurredAt, String enrolmentId, String courseId,
                                     String studentId, String payerOrganisationId, String debitNoteNumber,
                                     LocalDate issuedOn, long amountCents, String providerName, String courseType,
                                     LocalDate courseFirstDay, String participantName, String payerName,
                                     String payerEmail, String copyToEmail) {
        return new DebitNoteIssued("DebitNoteIssued:" + enrolmentId, tenantId, occurredAt, enrolmentId, courseId,
                studentId, payerOrganisationId, debitNoteNumber, issuedOn, amountCents, providerName, courseType,
                courseFirstDay, participantName, payerName, payerEmail, copyToEmail);
    }

    @Override
    @JsonIgnore
    public NoteKind kind() {
        return NoteKind.DEBIT_NOTE;
    }

    @Override
    @JsonIgnore
    public String noteNumber() {
        return debitNoteNumber;
    }
}
