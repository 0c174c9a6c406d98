package io.coursedesk.shared.tenancy;

/** Token claims that carry a caller's tenancy (Cognito custom attributes in AWS, the same names locally). */
public final class ClaimNames {
    public static final String SUBJECT = "sub";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String TENANT_ID = "custom:tenantId";
    public static final String ROLE = "custom:role";
    public static final String ORGANISATION_ID = "custom:organisationId";
    public static final String STUDENT_ID = "custom:studentId";

    private ClaimNames() {
    }
}
