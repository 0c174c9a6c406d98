package io.coursedesk.shared.email;

import java.util.List;

/** The variables a provider's own template may use; anything else is refused when the template is saved. */
public final class TemplateVariables {
    public static final String STUDENT_FIRST_NAME = "student.firstName";
    public static final String STUDENT_LAST_NAME = "student.lastName";
    public static final String COURSE_TYPE = "course.type";
    public static final String COURSE_DATE = "course.date";
    public static final String COURSE_START_TIME = "course.startTime";
    public static final String COURSE_LOCATION = "course.location";
    public static final String CERTIFICATE_EXPIRY_DATE = "certificate.expiryDate";
    public static final String STUDENT_LIST = "studentList";
    public static final String PROVIDER_NAME = "provider.name";

    /** In the order the API documents them. */
    public static final List<String> ALLOWED = List.of(STUDENT_FIRST_NAME, STUDENT_LAST_NAME, COURSE_TYPE,
            COURSE_DATE, COURSE_START_TIME, COURSE_LOCATION, CERTIFICATE_EXPIRY_DATE, STUDENT_LIST, PROVIDER_NAME);

    private TemplateVariables() {
    }
}
