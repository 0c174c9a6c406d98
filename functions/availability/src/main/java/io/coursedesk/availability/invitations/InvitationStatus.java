package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.InstructorRole;

/** Where one instructor's invitation for a course stands. */
public enum InvitationStatus {
    /** Mailed, not answered yet. */
    INVITED,
    AVAILABLE,
    UNAVAILABLE,
    CONFIRMED_LEAD,
    CONFIRMED_SECOND,
    /** Told the course is already covered. */
    REJECTED;

    /** Before the provider decides about this instructor, the instructor may still (re)answer. */
    public boolean isOpen() {
        return this == INVITED || this == AVAILABLE || this == UNAVAILABLE;
    }

    public boolean isConfirmed() {
        return this == CONFIRMED_LEAD || this == CONFIRMED_SECOND;
    }

    public static InvitationStatus confirmedAs(InstructorRole role) {
        return role == InstructorRole.LEAD ? CONFIRMED_LEAD : CONFIRMED_SECOND;
    }
}
