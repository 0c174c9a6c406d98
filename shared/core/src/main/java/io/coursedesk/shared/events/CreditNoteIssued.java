package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.coursedesk.shared.domain.NoteKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily run issued the credit note of an enrolment whose debit note was issued and which was cancelled since (or
 * its course was): the same amount to the same payer, about the same participant, as the debit note it refers to.
 * {@code eventId}: {@code CreditNoteIssued:<enrolmentId>} (an enrolment gets at most one credit note).
 *
 * @param debitNoteNumber   the number of the debit note it credits
 * @param debitNoteIssuedOn the issue date of that debit note
 */
public record CreditNoteIssued(String eventId, String tenantId, Instant occurredAt, String enrolmentId,
                               String courseId, String studentId, String payerOrganisationId, String creditNoteNumber,
                               LocalDate issuedOn, String debitNoteNumber, LocalDate debitNoteIssuedOn,
                               long amountCents, String providerName, String courseType, LocalDate courseFirstDay,
                               String participantName, String payerName, String payerEmail,
                               String copyToEmail) implements NoteIssued {

    /** The credit note of {@code debitNote}, numbered {@code creditNoteNumber}, issued on {@code issuedOn}. */
    public static CreditNoteIssued of(Instant occurredAt, NoteIssued debitNote, String creditNoteNumber,
                                      LocalDate issuedOn) {
        return new CreditNoteIssued("CreditNoteIssued:" + debitNote.enrolmentId(), debitNote.tenantId(), occurredAt,
                debitNote.enrolmentId(), debitNote.courseId(), debitNote.studentId(), debitNote.payerOrganisationId(),
                creditNoteNumber, issuedOn, debitNote.noteNumber(), debitNote.issuedOn(), debitNote.amountCents(),
                debitNote.providerName(), debitNote.courseType(), debitNote.courseFirstDay(),
                debitNote.participantName(), debitNote.payerName(), debitNote.payerEmail(), debitNote.copyToEmail());
    }

    @Override
    @JsonIgnore
    public NoteKind kind() {
        return NoteKind.CREDIT_NOTE;
    }

    @Override
    @JsonIgnore
    public String noteNumber() {
        return creditNoteNumber;
    }
}
