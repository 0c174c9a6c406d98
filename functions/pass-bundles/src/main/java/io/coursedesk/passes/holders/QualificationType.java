package io.coursedesk.passes.holders;

/** A diploma comes from an exam; a certificate from a course (the type is printed on the pass and in its file name). */
public enum QualificationType {
    DIPLOMA, CERTIFICATE
}
