package io.coursedesk.enrolment.invitations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** A revocation: whether the invitee is mailed that the invitation was revoked (a class: no record has {@code notify}). */
@Introspected
public final class RevokeRequest {
    @NotNull
    private final Boolean notify;

    @JsonCreator
    public RevokeRequest(@JsonProperty("notify") Boolean notify) {
        this.notify = notify;
    }

    public Boolean getNotify() {
        return notify;
    }
}
