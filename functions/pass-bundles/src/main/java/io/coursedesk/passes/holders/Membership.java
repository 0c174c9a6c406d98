package io.coursedesk.passes.holders;

/**
 * A holder belongs to an organisation (a customer of the provider).
 *
 * @param personnelNumber the organisation's own number for the person ("extern nummer"), if known
 */
public record Membership(String organisationId, String personnelNumber) {
}
