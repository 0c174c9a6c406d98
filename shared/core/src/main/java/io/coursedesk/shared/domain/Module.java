package io.coursedesk.shared.domain;

/**
 * The modules a provider switches on or off (manual 001, "Modules"; each is priced per month). {@link #key()} is the
 * field name in {@code /settings/modules} and the attribute of the settings item.
 */
public enum Module {
    EXTERNAL_COURSES("externalCourses"),
    INVITATIONS("invitations"),
    INSTRUCTOR_INVITATIONS("instructorInvitations"),
    CUSTOMERS("customers"),
    CERTIFICATION_DATA("certificationData");

    private final String key;

    Module(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
