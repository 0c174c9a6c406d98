package io.coursedesk.shared.persistence;

/**
 * Key prefixes for the one table. Every partition key of tenant data starts with the tenant, so a key
 * built for one provider can never address another provider's item. The access patterns are listed in
 * docs/data-model.md.
 */
public final class Keys {

    private Keys() {
    }

    /** {@code T#<tenantId>}: the start of every tenant-owned partition key. */
    public static String tenant(String tenantId) {
        requirePart(tenantId);
        return "T#" + tenantId;
    }

    /** {@code T#<tenantId>#<kind>#<id>}: the partition of one entity of a tenant. */
    public static String entity(String tenantId, String kind, String id) {
        requirePart(id);
        return tenant(tenantId) + "#" + kind + "#" + id;
    }

    /** {@code T#<tenantId>#<collection>}: a per-tenant listing partition (on an index). */
    public static String collection(String tenantId, String collection) {
        return tenant(tenantId) + "#" + collection;
    }

    /** Ids come from the path or the body: one with the separator in it could reach into another key. */
    private static void requirePart(String part) {
        if (part == null || part.isBlank() || part.indexOf('#') >= 0) {
            throw new IllegalArgumentException("invalid key part: " + part);
        }
    }
}
