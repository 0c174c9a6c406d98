package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the course and the provider behind an event. */
@Singleton
class CourseContexts {
    private final CourseRepository courses;
    private final ProviderRepository providers;

    CourseContexts(CourseRepository courses, ProviderRepository providers) {
        this.courses = courses;
        this.providers = providers;
    }

    /** Empty when the course is unknown: then there is nothing to write about. */
    Optional<CourseContext> find(String tenantId, String courseId) {
        return courses.find(tenantId, courseId).map(course -> new CourseContext(course, provider(tenantId)));
    }

    /** The provider's profile; a provider without one still gets its mails, signed without a name. */
    Provider provider(String tenantId) {
        return providers.find(tenantId).orElse(new Provider(tenantId, "", null));
    }
}
