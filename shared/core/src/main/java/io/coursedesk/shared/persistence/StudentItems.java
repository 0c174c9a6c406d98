package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Student;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Student items: {@code PK=T#<t>#STUDENT#<s>, SK=STUDENT} (the student's certificates share the partition);
 * GSI1 {@code T#<t>#STUDENTS} lists all students by name, GSI2 {@code T#<t>#ORGANISATION#<o>#STUDENTS} an
 * organisation's students by name.
 */
public final class StudentItems {
    public static final String SK = "STUDENT";
    static final String ORGANISATION_ID = "organisationId";
    /** Raised by every result recorded for the student, so a change of their organisation moves every one of them. */
    static final String RESULTS_VERSION = "resultsVersion";
    static final List<String> OPTIONAL_PROFILE = List.of("birthDate", ORGANISATION_ID, Table.GSI2_PK, Table.GSI2_SK);

    private StudentItems() {
    }

    public static String pk(String tenantId, String studentId) {
        return Keys.entity(tenantId, "STUDENT", studentId);
    }

    public static Map<String, AttributeValue> key(String tenantId, String studentId) {
        return TableReads.key(pk(tenantId, studentId), SK);
    }

    public static String listing(String tenantId) {
        return Keys.collection(tenantId, "STUDENTS");
    }

    public static String organisationListing(String tenantId, String organisationId) {
        return OrganisationItems.pk(tenantId, organisationId) + "#STUDENTS";
    }

    public static Map<String, AttributeValue> toItem(Student student) {
        return Item.of(new HashMap<>(key(student.tenantId(), student.id()))).withAll(profile(student)).attributes();
    }

    /**
     * Every attribute of the student but the key and {@value #RESULTS_VERSION}; absent optional ones are absent from
     * the map, so an update removes them ({@link #OPTIONAL_PROFILE}).
     */
    static Map<String, AttributeValue> profile(Student student) {
        String byName = byName(student);
        Item item = Item.create()
                .with(Table.GSI1_PK, listing(student.tenantId()))
                .with(Table.GSI1_SK, byName)
                .with("studentId", student.id())
                .with("tenantId", student.tenantId())
                .with("firstName", student.firstName())
                .with("lastName", student.lastName())
                .with("email", student.email())
                .with("birthDate", student.birthDate())
                .with(ORGANISATION_ID, student.organisationId())
                .with("createdAt", student.createdAt());
        if (student.organisationId() != null) {
            item.with(Table.GSI2_PK, organisationListing(student.tenantId(), student.organisationId()))
                    .with(Table.GSI2_SK, byName);
        }
        return item.attributes();
    }

    /**
     * Where the student sorts in the listings by name (last name, first name, then id to keep namesakes apart): the
     * listings' sort key, and how an organisation's results list orders their entries.
     */
    static String byName(Student student) {
        return (student.lastName() + "#" + student.firstName()).toLowerCase(Locale.ROOT) + "#" + student.id();
    }

    /** The attributes {@link #fromItem} reads, for reads that need no more. */
    static final List<String> STUDENT_ATTRIBUTES = List.of("studentId", "tenantId", "firstName", "lastName", "email",
            "birthDate", ORGANISATION_ID, "createdAt");

    public static Student fromItem(Item item) {
        return new Student(item.string("studentId"), item.string("tenantId"), item.string("firstName"),
                item.string("lastName"), item.string("email"), item.date("birthDate"),
                item.string("organisationId"), item.instant("createdAt"));
    }
}
