package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.CourseRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** The public catalogue of one provider: open courses that have not started and still have a free seat. */
@Singleton
public class Catalogue {
    private final CourseRepository courses;
    private final Clock clock;

    public Catalogue(CourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    public List<Course> of(String providerId) {
        InvalidFields invalid = new InvalidFields();
        if (invalid.required(providerId, "provider")) {
            invalid.check(Ids.isValid(providerId), "provider", "is not a valid provider id");
        }
        invalid.throwIfAny();
        return courses.catalogue(providerId, clock.instant());
    }
}
