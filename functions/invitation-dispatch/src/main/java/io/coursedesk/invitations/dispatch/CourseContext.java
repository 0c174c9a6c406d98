package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.email.TemplateModel;

/** The course a mail is about and the provider it comes from: what every mail's text starts with. */
record CourseContext(Course course, Provider provider) {

    /** Course and provider variables; the course's first day stands for its date and times. */
    TemplateModel model() {
        CourseDay first = course.details().firstDay();
        return new TemplateModel()
                .course(course.type(), first.date(), first.startTime(), course.details().location())
                .set("course.endTime", DutchFormat.time(first.endTime()))
                // a short reference for the provider's eyes, like the manual's "(#806)"
                .set("course.reference", course.id().substring(0, Math.min(8, course.id().length())))
                .certificateExpiryDate(course.details().certificateExpiry())
                .providerName(provider.name())
                .set("provider.email", provider.notificationEmail());
    }
}
