package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue: open courses of the coming months that have not started and still have a free
 * seat, of every provider or of the one asked for, with the provider's name.
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

    public List<Listing> of(Optional<String> providerId) {
        InvalidFields invalid = new InvalidFields();
        providerId.ifPresent(id -> invalid.check(Ids.isValid(id), "provider", "is not a valid provider id"));
        invalid.throwIfAny();
        List<Course> open = courses.catalogue(clock.instant(), MONTHS_AHEAD, providerId);
        Map<String, Provider> names = providers.findAll(open.stream().map(Course::tenantId).distinct().toList());
        return open.stream().map(course -> new Listing(course,
                Optional.ofNullable(names.get(course.tenantId())).map(Provider::name).orElse(null))).toList();
    }

    /** @param providerName null while the provider has not set up its profile */
    public record Listing(Course course, String providerName) {
    }
}
