package io.coursedesk.shared.events;

import io.coursedesk.shared.domain.NoteKind;

import java.time.LocalDate;

/**
 * A debit or credit note as issued: everything it says, so its PDF copy and mail are made from the event alone and
 * the note item records the same.
 */
public interface NoteIssued extends DomainEvent {

    NoteKind kind();

    /** The note's own number in its kind's series, {@code <year>-<six digits>}. */
    String noteNumber();

    String enrolmentId();

    String courseId();

    String studentId();

    /** Null when the student pays themself. */
    String payerOrganisationId();

    LocalDate issuedOn();

    long amountCents();

    String providerName();

    String courseType();

    LocalDate courseFirstDay();

    String participantName();

    String payerName();

    /** The organisation's billing address (else its contact's), or the student's own. */
    String payerEmail();

    /** The student's address when an organisation pays, else null. */
    String copyToEmail();
}
