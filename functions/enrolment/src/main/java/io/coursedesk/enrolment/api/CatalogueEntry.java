package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.Catalogue;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseKind;

import java.util.List;

/** An open course as the public catalogue shows it: no people, no internal remarks. */
public record CatalogueEntry(String courseId, String providerId, String providerName, String type, CourseKind kind,
                             List<CourseDay> days, String location, int freeSeats, boolean code95) {

    static CatalogueEntry of(Catalogue.Listing listing) {
        Course course = listing.course();
        return new CatalogueEntry(course.id(), course.tenantId(), listing.providerName(), course.type(),
                course.details().kind(), course.details().days(), course.details().location(), course.freeSeats(),
                course.details().code95());
    }
}
