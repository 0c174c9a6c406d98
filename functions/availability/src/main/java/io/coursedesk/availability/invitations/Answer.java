package io.coursedesk.availability.invitations;

import java.util.Optional;

/** What an instructor says through an answer link. */
public enum Answer {
    AVAILABLE,
    UNAVAILABLE;

    /** Form and query values come from outside: anything but the two names is no answer. */
    public static Optional<Answer> parse(String value) {
        for (Answer answer : values()) {
            if (answer.name().equals(value)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    public InvitationStatus status() {
        return this == AVAILABLE ? InvitationStatus.AVAILABLE : InvitationStatus.UNAVAILABLE;
    }
}
