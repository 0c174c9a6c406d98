package io.coursedesk.enrolment.subscription;

/** One line of a quote's calculation; {@code amountCents} is absent on a line that only counts. */
public record QuoteLine(String description, Long amountCents) {
}
