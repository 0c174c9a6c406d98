package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writes that keep a student and their organisation's results list together: a change of the student's
 * organisation or name (the list is keyed by name) moves their recorded results from where the list held them to
 * where it now does, and a recorded result enters the list of the organisation the student has, under their name.
 * Both hold the student's organisation, name and {@code resultsVersion} as read, so neither can miss the other.
 */
public final class StudentWrites {

    private StudentWrites() {
    }

    /** A student as read for a change: {@code resultsVersion} counts the results recorded for them. */
    public record StudentAsRead(Student student, long resultsVersion) {
        static StudentAsRead of(Item item) {
            return new StudentAsRead(StudentItems.fromItem(item), item.longValue(StudentItems.RESULTS_VERSION, 0));
        }
    }

    /** Whether changing the student to {@code changed} moves their entries in the results lists. */
    public static boolean movesResults(Student before, Student changed) {
        return (before.organisationId() != null || changed.organisationId() != null)
                && (!Objects.equals(before.organisationId(), changed.organisationId())
                || !StudentItems.byName(before).equals(StudentItems.byName(changed)));
    }

    /**
     * The items that replace the student's profile with {@code changed}, moving {@code results} (the student's
     * recorded results, read after the student) when that {@link #movesResults moves} them.
     */
    public static List<TransactWriteItem> replace(String table, StudentAsRead asRead, Student changed,
                                                  List<RecordedResult> results) {
        Student before = asRead.student();
        Map<String, AttributeValue> profile = StudentItems.profile(changed);
        ItemUpdate student = asRead(ItemUpdate.of(StudentItems.key(before.tenantId(), before.id())).setAll(profile), asRead);
        StudentItems.OPTIONAL_PROFILE.stream().filter(name -> !profile.containsKey(name)).forEach(student::remove);
        List<TransactWriteItem> items = new ArrayList<>(List.of(student.toTransactItem(table)));
        if (movesResults(before, changed)) {
            for (RecordedResult result : results) {
                if (before.organisationId() != null) {
                    items.add(OrganisationResultItems.delete(table, before.organisationId(), before, result));
                }
                if (changed.organisationId() != null) {
                    items.add(OrganisationResultItems.put(table, changed.organisationId(), changed, result));
                }
            }
        }
        return items;
    }

    /** The items that enter a result just recorded into the list of the student's organisation, if they have one. */
    public static List<TransactWriteItem> resultRecorded(String table, StudentAsRead asRead, RecordedResult result) {
        Student student = asRead.student();
        List<TransactWriteItem> items = new ArrayList<>(List.of(asRead(ItemUpdate.of(
                StudentItems.key(student.tenantId(), student.id())).add(StudentItems.RESULTS_VERSION, 1), asRead)
                .toTransactItem(table)));
        if (student.organisationId() != null) {
            items.add(OrganisationResultItems.put(table, student.organisationId(), student, result));
        }
        return items;
    }

    private static ItemUpdate asRead(ItemUpdate update, StudentAsRead asRead) {
        update.name("#organisation", StudentItems.ORGANISATION_ID).name("#version", StudentItems.RESULTS_VERSION)
                .name("#byName", Table.GSI1_SK).condition("attribute_exists(" + Table.PK + ")")
                .condition("#byName = :byName").value(":byName", Item.s(StudentItems.byName(asRead.student())));
        if (asRead.student().organisationId() == null) {
            update.condition("attribute_not_exists(#organisation)");
        } else {
            update.condition("#organisation = :organisation")
                    .value(":organisation", Item.s(asRead.student().organisationId()));
        }
        if (asRead.resultsVersion() == 0) {
            return update.condition("attribute_not_exists(#version)");
        }
        return update.condition("#version = :version").value(":version", Item.n(asRead.resultsVersion()));
    }
}
