package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record ResultRequest(Boolean present, Boolean passed) {
}
