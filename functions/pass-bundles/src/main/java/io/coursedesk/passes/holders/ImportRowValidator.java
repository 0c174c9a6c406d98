package io.coursedesk.passes.holders;

import io.coursedesk.shared.domain.Ids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every row of an import on its own and against the rows before it, collecting each row's reasons. The
 * qualification's id within a holder is its code: a holder has one qualification per code, and importing the
 * code again updates it (a renewal), so the same file imported twice changes nothing.
 */
final class ImportRowValidator {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final int MAX_TEXT = 200;

    private final Set<String> organisationIds;
    private final List<ImportedRow> valid = new ArrayList<>();
    private final List<ImportResult.Rejected> rejected = new ArrayList<>();
    private final Map<String, ImportedRow> firstRowOfHolder = new HashMap<>();
    private final Map<String, Integer> rowOfQualification = new HashMap<>();

    /** @param organisationIds the organisations of the provider the file names that exist */
    ImportRowValidator(Set<String> organisationIds) {
        this.organisationIds = organisationIds;
    }

    void check(SheetRow row) {
        List<String> reasons = new ArrayList<>();
        String number = text(row, ImportColumn.QUALIFICATION_NUMBER, reasons);
        if (number != null && !QualificationNumbers.isValid(number)) {
            reasons.add("qualificationNumber must be digits only (at most 20)");
        }
        String name = text(row, ImportColumn.NAME, reasons);
        LocalDate birthDate = date(row, ImportColumn.BIRTH_DATE, reasons);
        String organisationId = text(row, ImportColumn.ORGANISATION_ID, reasons);
        if (organisationId != null && (!Ids.isValid(organisationId) || !organisationIds.contains(organisationId))) {
            reasons.add("organisationId " + organisationId + " is not an organisation of this provider");
        }
        String personnelNumber = text(row, ImportColumn.PERSONNEL_NUMBER, reasons);
        if (personnelNumber != null && organisationId == null) {
            reasons.add("personnelNumber needs an organisationId");
        }
        String qualificationName = text(row, ImportColumn.QUALIFICATION_NAME, reasons);
        String code = text(row, ImportColumn.CODE, reasons);
        if (code != null && !CODE.matcher(code).matches()) {
            reasons.add("code must be letters, digits, - or _ (at most 20)");
        }
        QualificationType type = type(row, reasons);
        String examType = text(row, ImportColumn.EXAM_TYPE, reasons);
        String examNumber = text(row, ImportColumn.EXAM_NUMBER, reasons);
        LocalDate examDate = date(row, ImportColumn.EXAM_DATE, reasons);
        LocalDate expiryDate = date(row, ImportColumn.EXPIRY_DATE, reasons);
        if (examDate != null && expiryDate != null && expiryDate.isBefore(examDate)) {
            reasons.add("expiryDate is before examDate");
        }
        if (!reasons.isEmpty()) {
            rejected.add(new ImportResult.Rejected(row.number(), number, String.join("; ", reasons)));
            return;
        }
        String qualificationId = code.toUpperCase(Locale.ROOT);
        ImportedRow imported = new ImportedRow(row.number(), number, name, birthDate, organisationId, personnelNumber,
                new Qualification(qualificationId, qualificationName, qualificationId, type, examType, examNumber,
                        examDate, expiryDate));
        checkAgainstEarlierRows(imported);
    }

    private void checkAgainstEarlierRows(ImportedRow row) {
        List<String> reasons = new ArrayList<>();
        Integer sameQualification = rowOfQualification.putIfAbsent(
                row.qualificationNumber() + "#" + row.qualification().qualificationId(), row.number());
        if (sameQualification != null) {
            reasons.add("qualification " + row.qualification().code() + " of " + row.qualificationNumber()
                    + " is also in row " + sameQualification);
        }
        ImportedRow first = firstRowOfHolder.putIfAbsent(row.qualificationNumber(), row);
        if (first != null && (!first.name().equals(row.name()) || !first.birthDate().equals(row.birthDate()))) {
            reasons.add("name or birthDate differs from row " + first.number() + " of the same qualificationNumber");
        }
        if (first != null && row.organisationId() != null && row.organisationId().equals(first.organisationId())
                && !Objects.equals(first.personnelNumber(), row.personnelNumber())) {
            reasons.add("personnelNumber differs from row " + first.number() + " for the same organisation");
        }
        if (reasons.isEmpty()) {
            valid.add(row);
        } else {
            rejected.add(new ImportResult.Rejected(row.number(), row.qualificationNumber(), String.join("; ", reasons)));
        }
    }

    List<ImportedRow> valid() {
        return valid;
    }

    List<ImportResult.Rejected> rejected() {
        return rejected;
    }

    private static String text(SheetRow row, ImportColumn column, List<String> reasons) {
        String value = row.get(column);
        if (value == null && column.required()) {
            reasons.add(column.fieldName() + " is required");
        } else if (value != null && value.length() > MAX_TEXT) {
            reasons.add(column.fieldName() + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** yyyy-MM-dd (and date cells) or dd-MM-yyyy as people type it. */
    private static LocalDate date(SheetRow row, ImportColumn column, List<String> reasons) {
        String value = text(row, column, reasons);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = DateTexts.parse(value);
        if (date.isEmpty()) {
            reasons.add(column.fieldName() + " " + value + " is not a date (dd-MM-yyyy or yyyy-MM-dd)");
        }
        return date.orElse(null);
    }

    /** DIPLOMA or CERTIFICATE, also in Dutch (Diploma, Certificaat), in any case. */
    private static QualificationType type(SheetRow row, List<String> reasons) {
        String value = text(row, ImportColumn.TYPE, reasons);
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "DIPLOMA" -> QualificationType.DIPLOMA;
            case "CERTIFICATE", "CERTIFICAAT" -> QualificationType.CERTIFICATE;
            default -> {
                reasons.add("type " + value + " is neither DIPLOMA nor CERTIFICATE");
                yield null;
            }
        };
    }
}
