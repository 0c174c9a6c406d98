package io.coursedesk.shared.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The one table's name and its attribute names (see docs/data-model.md for the key design). */
@Singleton
public class Table {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1_PK = "GSI1PK";
    public static final String GSI1_SK = "GSI1SK";
    public static final String GSI2 = "GSI2";
    public static final String GSI2_PK = "GSI2PK";
    public static final String GSI2_SK = "GSI2SK";
    /** Epoch seconds after which DynamoDB may delete the item; reads must treat it as gone already. */
    public static final String EXPIRES_AT = "expiresAt";

    private final String name;

    public Table(@Value("${coursedesk.table-name}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
