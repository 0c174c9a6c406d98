package io.coursedesk.passes.holders;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/**
 * One line of the holder list.
 *
 * @param expiryDate      and {@code status}: of the holder's earliest-expiring valid qualification (the first one
 *                        needing renewal; among those the filter is about), else of the one that expired last
 * @param personnelNumber the listed organisation's number for the holder; in the provider-wide list that of their
 *                        only organisation (null with none or several)
 */
@Introspected
public record HolderRow(String holderId, String qualificationNumber, String name, LocalDate birthDate,
                        LocalDate expiryDate, QualificationStatus status, String personnelNumber) {
}
