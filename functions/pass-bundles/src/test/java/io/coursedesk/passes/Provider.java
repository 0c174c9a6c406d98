package io.coursedesk.passes;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.OrganisationRepository;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A fresh provider (tenant) for one test, with tokens for its people and its organisations. */
public final class Provider {
    public final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);
    private final PassBundlesFunction function;

    public Provider(PassBundlesFunction function) {
        this.function = function;
    }

    public String adminToken() {
        return function.aws().tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    /** A contact person of the organisation; each subject is a different person. */
    public String contactToken(String subject, String organisationId) {
        return function.aws().tokens().forSubject(subject).tenantId(tenantId).role("ORGANISATION_CONTACT")
                .organisationId(organisationId).email(subject + "@example.nl").name(subject).mint();
    }

    public String studentToken(String studentId) {
        return function.aws().tokens().forSubject("student-" + studentId).tenantId(tenantId).role("STUDENT")
                .studentId(studentId).email(studentId + "@example.nl").name("Student").mint();
    }

    public String organisation(String name) {
        String organisationId = Ids.newId();
        function.bean(OrganisationRepository.class).save(new Organisation(organisationId, tenantId, name, null,
                "Carla Contact", "carla@example.nl", "billing@example.nl", null, false, Instant.now()));
        return organisationId;
    }

    /** Every item of this provider, sorted by key (a test-only scan, to see what a request wrote). */
    public List<Map<String, AttributeValue>> items() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        function.aws().dynamoDbClient().scanPaginator(b -> b.tableName(function.aws().tableName())
                        .filterExpression("begins_with(PK, :tenant)")
                        .expressionAttributeValues(Map.of(":tenant", AttributeValue.fromS("T#" + tenantId + "#"))))
                .items().forEach(items::add);
        items.sort(Comparator.comparing(item -> item.get("PK").s() + " " + item.get("SK").s()));
        return items;
    }
}
