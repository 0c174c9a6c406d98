package io.coursedesk.passes.documents;

/** Whether a qualification is a diploma or a certificate; the Dutch word is what passes and file names show. */
public enum QualificationType {
    DIPLOMA("Diploma"),
    CERTIFICATE("Certificaat");

    private final String dutchName;

    QualificationType(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
