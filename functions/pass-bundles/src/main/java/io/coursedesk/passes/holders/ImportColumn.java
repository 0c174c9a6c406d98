package io.coursedesk.passes.holders;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a qualification import (docs/qualification-holders.md): the header row names them in English or
 * Dutch, in any order and case, spaces and punctuation ignored. One row per qualification; a holder with two
 * qualifications has two rows with the same qualification number.
 */
public enum ImportColumn {
    QUALIFICATION_NUMBER(true, "qualificationNumber", "Kwalificatienr.", "Kwalificatienummer"),
    NAME(true, "name", "Naam"),
    BIRTH_DATE(true, "birthDate", "Geboortedatum"),
    ORGANISATION_ID(false, "organisationId", "Organisatie-id"),
    PERSONNEL_NUMBER(false, "personnelNumber", "Extern nummer", "Personeelsnummer"),
    QUALIFICATION_NAME(true, "qualificationName", "Kwalificatie"),
    CODE(true, "code", "Code"),
    TYPE(true, "type", "Soort"),
    EXAM_TYPE(false, "examType", "Examentype"),
    EXAM_NUMBER(false, "examNumber", "Examennummer"),
    EXAM_DATE(true, "examDate", "Examendatum"),
    EXPIRY_DATE(false, "expiryDate", "Verloopdatum");

    private final boolean required;
    private final List<String> headers;

    ImportColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** A value is required in every row; the column itself must be in every file. */
    public boolean required() {
        return required;
    }

    /** The English header, also the field name in answers. */
    public String fieldName() {
        return headers.get(0);
    }

    /** The Dutch header the demo files use. */
    public String dutchHeader() {
        return headers.get(1);
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        String wanted = normalised(header);
        return Arrays.stream(values()).filter(c -> c.headers.stream().anyMatch(h -> normalised(h).equals(wanted)))
                .findFirst();
    }

    private static String normalised(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
