package io.coursedesk.passes.bundles;

/** Where a bundle is: being made, downloadable, or given up on (with a reason) until a retry succeeds. */
public enum BundleStatus {
    PENDING, READY, FAILED
}
