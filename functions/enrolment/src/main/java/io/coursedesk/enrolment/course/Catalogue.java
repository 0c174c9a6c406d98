package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue: open courses of the coming months that have not started and still have a free
 * seat, of every provider or of the one asked for, with the provider's name. Cancelled and white-label courses
 * are not in the catalogue's index at all; what it reads is checked again here, so nothing hidden is shown.
 */
@Singleton
public class Catalogue {
    static final int MONTHS_AHEAD = 12;

    private final CourseRepository courses;
    private final ProviderRepository providers;
    private final Clock clock;

    public Catalogue(CourseRepository courses, ProviderRepository providers, Clock clock) {
        this.courses = courses;
        this.providers = providers;
        this.clock = clock;
    }

    private static void checkProvider(Optional<String> providerId) {
        InvalidFields invalid = new InvalidFields();
        providerId.ifPresent(id -> invalid.check(Ids.isValid(id), "provider", "is not a valid provider id"));
        invalid.throwIfAny();
    }

    /** A page of the catalogue, after the position (null: from the start). */
    public Slice<Listing, PagePosition> page(Optional<String> providerId, int limit, PagePosition after) {
        checkProvider(providerId);
        Instant now = clock.instant();
        Slice<Course, PagePosition> open = courses.cataloguePage(now, MONTHS_AHEAD, providerId,
                course -> isOffered(course, now), limit, after);
        Map<String, Provider> names = providers.findAll(open.items().stream().map(Course::tenantId).distinct().toList());
        return open.map(course -> new Listing(course,
                Optional.ofNullable(names.get(course.tenantId())).map(Provider::name).orElse(null)));
    }

    /** Open, not white-label, not started and with a free seat. */
    static boolean isOffered(Course course, Instant now) {
        return course.isOpen() && !course.details().whiteLabel() && !course.hasStarted(now) && course.freeSeats() > 0;
    }

    /** @param providerName null while the provider has not set up its profile */
    public record Listing(Course course, String providerName) {
    }
}
