package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.time.Zones;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Payment code items: {@code PK=T#<t>#PAYMENT_CODE#<code>, SK=PAYMENT_CODE}, so a code exists once per provider;
 * GSI1 {@code T#<t>#PAYMENT_CODES} and GSI2 {@code T#<t>#ORGANISATION#<o>#PAYMENT_CODES}, both sorted by
 * {@code <createdAt, UTC with milliseconds>#<code>}.
 */
public final class PaymentCodeItems {
    public static final String SK = "PAYMENT_CODE";
    public static final String STATE = "state";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private PaymentCodeItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, String code) {
        return TableReads.key(Keys.entity(tenantId, "PAYMENT_CODE", code), SK);
    }

    /** The GSI1 partition of all the provider's codes. */
    public static String listing(String tenantId) {
        return Keys.collection(tenantId, "PAYMENT_CODES");
    }

    /** The GSI2 partition of one organisation's codes. */
    public static String organisationListing(String tenantId, String organisationId) {
        return OrganisationItems.pk(tenantId, organisationId) + "#PAYMENT_CODES";
    }

    /** The sort key of codes created at {@code at}: their creation time, fixed width, so text order is time order. */
    public static String sortKeyFrom(Instant at) {
        return CREATED.format(at);
    }

    /** The sort-key bound of the start of an Amsterdam day. */
    public static String dayStart(LocalDate day) {
        return sortKeyFrom(day.atStartOfDay(Zones.AMSTERDAM).toInstant());
    }

    /** Creation times are kept to the millisecond, as the sort key shows them. */
    public static Instant creationTime(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Map<String, AttributeValue> toItem(PaymentCode code) {
        String sortKey = sortKeyFrom(code.createdAt()) + "#" + code.code();
        Item item = Item.of(new HashMap<>(key(code.tenantId(), code.code())))
                .with(Table.GSI1_PK, listing(code.tenantId()))
                .with(Table.GSI1_SK, sortKey)
                .with(Table.GSI2_PK, organisationListing(code.tenantId(), code.organisationId()))
                .with(Table.GSI2_SK, sortKey)
                .with("code", code.code())
                .with("tenantId", code.tenantId())
                .with("batchId", code.batchId())
                .with("profile", code.profile())
                .with("organisationId", code.organisationId())
                .with("contact", code.contact())
                .with("reference", code.reference())
                .with("createdAt", code.createdAt())
                .with(STATE, code.state().name())
                .with("deactivatedAt", code.deactivatedAt());
        if (code.usage() != null) {
            item.withAll(usage(code.usage()));
        }
        return item.attributes();
    }

    /** The attributes that record a code's use. */
    public static Map<String, AttributeValue> usage(PaymentCode.Usage usage) {
        return Item.create().with("usedByStudentId", usage.studentId())
                .with("usedByName", usage.studentName())
                .with("usedForCourseId", usage.courseId())
                .with("usedForEnrolmentId", usage.enrolmentId())
                .with("usedAt", usage.usedAt())
                .attributes();
    }

    public static PaymentCode fromItem(Item item) {
        PaymentCode.Usage usage = item.string("usedByStudentId") == null ? null
                : new PaymentCode.Usage(item.string("usedByStudentId"), item.string("usedByName"),
                item.string("usedForCourseId"), item.string("usedForEnrolmentId"), item.instant("usedAt"));
        return new PaymentCode(item.string("code"), item.string("tenantId"), item.string("batchId"),
                item.string("profile"), item.string("organisationId"), item.string("contact"),
                item.string("reference"), item.instant("createdAt"), item.enumValue(STATE, PaymentCodeState.class),
                usage, item.instant("deactivatedAt"));
    }

    /**
     * Marks an unused code used: holds only while it exists and is {@code UNUSED} (not used by anyone else, not
     * deactivated), so of two enrolments racing for one code exactly one transaction commits.
     */
    public static ItemUpdate use(String tenantId, String code, PaymentCode.Usage usage) {
        return ItemUpdate.of(key(tenantId, code))
                .set(STATE, Item.s(PaymentCodeState.USED.name()))
                .setAll(usage(usage))
                .condition("#codeState = :unused")
                .name("#codeState", STATE)
                .value(":unused", Item.s(PaymentCodeState.UNUSED.name()));
    }
}
