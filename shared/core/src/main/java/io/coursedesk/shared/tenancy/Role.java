package io.coursedesk.shared.tenancy;

/** What a signed-in person may do; carried in the token's {@code custom:role} claim. */
public enum Role {
    /** Planner at a training provider: manages everything of that provider (the tenant). */
    PROVIDER_ADMIN,
    /** Contact person of a client organisation: sees and manages that organisation's people. */
    ORGANISATION_CONTACT,
    /** A student (cursist, candidate): sees only their own records. */
    STUDENT
}
