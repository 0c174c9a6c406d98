package io.coursedesk.passes.bundles;

/** Why a bundle could not be made, in a sentence for its contact (the cause is for the logs and the retry). */
final class BundleFailure extends RuntimeException {
    static final String RETRIED = " Het wordt automatisch opnieuw geprobeerd.";

    private final String reason;

    BundleFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
