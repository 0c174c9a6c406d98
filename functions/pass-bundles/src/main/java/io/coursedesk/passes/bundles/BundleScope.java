package io.coursedesk.passes.bundles;

/**
 * Which of a holder's qualifications a bundle holds: {@code ALL} of them, or only the {@code MAIN} one: the holder's
 * diploma if they have one, else their certificates (a holder with a diploma gets no certificate passes).
 */
public enum BundleScope {
    ALL, MAIN
}
