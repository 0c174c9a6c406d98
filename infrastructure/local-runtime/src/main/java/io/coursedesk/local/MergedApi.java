package io.coursedesk.local;

import io.coursedesk.harness.template.SamTemplate;
import io.coursedesk.local.openapi.ApiDocument;

/**
 * The one OpenAPI document of the whole API as the local run serves it on {@code /openapi.yaml}, or why it cannot be
 * made (a function's document lacks a summary, two claim a route): the local run still starts, and says so.
 */
record MergedApi(byte[] yaml, String failure) {

    static final String PATH = "/openapi.yaml";

    static MergedApi of(SamTemplate template) {
        try {
            return new MergedApi(ApiDocument.yaml(ApiDocument.of(template)), null);
        } catch (IllegalStateException e) {
            return new MergedApi(null, e.getMessage());
        }
    }
}
