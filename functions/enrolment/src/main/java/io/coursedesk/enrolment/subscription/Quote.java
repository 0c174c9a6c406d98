package io.coursedesk.enrolment.subscription;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /subscription/quote}: this month's price in euro cents and how it was reached.
 *
 * @param basisFrom     first day of the period whose courses decide the bundle
 * @param basisTo       its last day, included
 * @param courses       the courses with a first day in that period, cancelled ones not counted
 * @param coursesPerYear {@code courses} scaled to a year, which the bundles are made for
 * @param oneTimeCents  the non-members' administration fee, in the quote of the first month only
 */
public record Quote(LocalDate date, String bundle, LocalDate basisFrom, LocalDate basisTo, long courses,
                    long coursesPerYear, int modules, boolean memberInstitute, long monthlyCents, long oneTimeCents,
                    List<QuoteLine> lines) {
}
