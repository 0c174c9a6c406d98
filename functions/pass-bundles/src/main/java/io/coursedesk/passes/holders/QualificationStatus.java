package io.coursedesk.passes.holders;

/** Computed from the expiry date and today's date in Europe/Amsterdam whenever it is shown; never stored. */
public enum QualificationStatus {
    VALID, EXPIRED
}
