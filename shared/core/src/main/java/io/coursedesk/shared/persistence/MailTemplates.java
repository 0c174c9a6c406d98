package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import jakarta.inject.Singleton;

/**
 * Where a provider's mail templates are ({@code PK=T#<t>#TEMPLATES}, {@code SK=TEMPLATE#<templateId>}), and whether
 * one exists: the invitation function keeps them, the reminders function refuses settings naming one that does not.
 */
@Singleton
public class MailTemplates {
    public static final String SK_PREFIX = "TEMPLATE#";
    private static final String COLLECTION = "TEMPLATES";

    private final TableReads reads;

    public MailTemplates(TableReads reads) {
        this.reads = reads;
    }

    public static String pk(String tenantId) {
        return Keys.collection(tenantId, COLLECTION);
    }

    public static String sk(String templateId) {
        return SK_PREFIX + templateId;
    }

    /** Whether the provider has any mail template. */
    public boolean anyOf(String tenantId) {
        return reads.anyIn(pk(tenantId), SK_PREFIX);
    }

    /** Whether the provider has this template; an id that could not be a key part never exists. */
    public boolean exists(String tenantId, String templateId) {
        return Ids.isValid(templateId) && reads.get(pk(tenantId), sk(templateId)).isPresent();
    }
}
