package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.PaymentCode;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads payment codes: one by its code, and the list (newest first) that both the list route (enrolment) and its
 * Excel export (pass-bundles) show. The list is one index partition, the provider's or the organisation's, with the
 * creation days as the sort-key range; the other criteria are applied to the items read, and a page reads on only
 * until it is full.
 */
@Singleton
public class PaymentCodeRepository {
    private final TableReads reads;

    public PaymentCodeRepository(TableReads reads) {
        this.reads = reads;
    }

    /** The provider's code, from the text as typed; empty when there is no such code. */
    public Optional<PaymentCode> find(String tenantId, String text) {
        return PaymentCode.normalise(text)
                .flatMap(code -> reads.get(Keys.entity(tenantId, "PAYMENT_CODE", code), PaymentCodeItems.SK))
                .map(PaymentCodeItems::fromItem);
    }

    /** A page of the provider's codes the filter keeps, newest first. */
    public Slice<PaymentCode, PagePosition> page(String tenantId, PaymentCodeFilter filter, int limit,
                                                 PagePosition after) {
        return reads.page(List.of(query(tenantId, filter)), PaymentCodeItems::fromItem, filter::matches,
                limit, after);
    }

    private static PageQuery query(String tenantId, PaymentCodeFilter filter) {
        boolean ofOrganisation = filter.organisationId() != null;
        String index = ofOrganisation ? Table.GSI2 : Table.GSI1;
        String pk = ofOrganisation ? PaymentCodeItems.organisationListing(tenantId, filter.organisationId())
                : PaymentCodeItems.listing(tenantId);
        Map<String, String> names = Map.of("#pk", ofOrganisation ? Table.GSI2_PK : Table.GSI1_PK,
                "#sk", ofOrganisation ? Table.GSI2_SK : Table.GSI1_SK);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Item.s(pk)));
        String condition = "#pk = :pk";
        // the day after createdTo starts at a time whose sort key sorts before every code created then
        String from = filter.createdFrom() == null ? null : PaymentCodeItems.dayStart(filter.createdFrom());
        String to = filter.createdTo() == null ? null : PaymentCodeItems.dayStart(filter.createdTo().plusDays(1));
        if (from != null) {
            values.put(":from", Item.s(from));
        }
        if (to != null) {
            values.put(":to", Item.s(to));
        }
        if (from != null && to != null) {
            condition += " AND #sk BETWEEN :from AND :to";
        } else if (from != null) {
            condition += " AND #sk >= :from";
        } else if (to != null) {
            condition += " AND #sk < :to";
        }
        String keyCondition = condition;
        return new PageQuery(index, q -> q.keyConditionExpression(keyCondition)
                .expressionAttributeNames(to == null && from == null ? Map.of("#pk", names.get("#pk")) : names)
                .expressionAttributeValues(values)
                .scanIndexForward(false));
    }
}
