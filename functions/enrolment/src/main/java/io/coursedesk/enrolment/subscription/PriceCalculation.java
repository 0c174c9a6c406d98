package io.coursedesk.enrolment.subscription;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.SubscriptionTerms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manual's price list (001, "Prijzen"), in euro cents. The period whose courses decide the bundle:
 * <ul>
 *   <li>from the end of the first year on (or without a start date): the previous calendar year;</li>
 *   <li>in the first quarter: the first month, which is free;</li>
 *   <li>in the rest of the first year: the previous quarter of the subscription (quarters counted from its
 *   start).</li>
 * </ul>
 * The bundles count courses per year, so a month's courses count twelve times and a quarter's four times (the manual
 * does not say how a shorter period maps to them; this choice is a line of every quote it applies to).
 */
public final class PriceCalculation {
    static final long MEMBER_DISCOUNT_CENTS = 200;
    static final long ONE_TIME_FEE_CENTS = 9800;

    /** The provider's courses with a first day from {@code from} to {@code to}, both included. */
    @FunctionalInterface
    public interface CourseCount {
        long between(LocalDate from, LocalDate to);
    }

    private PriceCalculation() {
    }

    public static Quote quote(LocalDate today, SubscriptionTerms terms, Set<Module> modules, CourseCount count) {
        LocalDate since = terms.since();
        List<QuoteLine> lines = new ArrayList<>();
        Basis basis = basis(today, since);
        long courses = count.between(basis.from, basis.to);
        lines.add(new QuoteLine("Courses with a first day from " + basis.from + " to " + basis.to + " ("
                + basis.what + "), cancelled ones not counted: " + courses, null));
        long perYear = courses * basis.toYear;
        if (basis.toYear != 1) {
            lines.add(new QuoteLine("Bundles count courses per year, so " + basis.what + " counts " + basis.toYear
                    + " times (our reading of the manual): " + perYear + " courses per year", null));
        }
        Bundle bundle = Bundle.forCoursesPerYear(perYear);
        lines.add(new QuoteLine("Bundle " + bundle.label() + " (" + bundle.range() + " courses per year): "
                + euro(bundle.centsPerModule()) + " per module per month", bundle.centsPerModule()));
        long perModule = bundle.centsPerModule();
        if (terms.memberInstitute()) {
            lines.add(new QuoteLine("CIBOT member institute: " + euro(MEMBER_DISCOUNT_CENTS) + " off per module",
                    -MEMBER_DISCOUNT_CENTS));
            perModule -= MEMBER_DISCOUNT_CENTS;
        }
        String names = modules.stream().sorted().map(Module::key).collect(Collectors.joining(", "));
        long monthly = perModule * modules.size();
        lines.add(new QuoteLine(modules.size() + " module(s) switched on (" + names + ") x " + euro(perModule),
                monthly));
        boolean firstMonth = since != null && today.isBefore(since.plusMonths(1));
        if (firstMonth) {
            lines.add(new QuoteLine("The first month (until " + since.plusMonths(1).minusDays(1) + ") is free; its "
                    + "courses decide the bundle for the rest of the first quarter", -monthly));
            monthly = 0;
        }
        lines.add(new QuoteLine("Monthly total", monthly));
        long oneTime = 0;
        if (firstMonth && !terms.memberInstitute()) {
            oneTime = ONE_TIME_FEE_CENTS;
            lines.add(new QuoteLine("One-time administration fee for institutes not registered with CIBOT, "
                    + "charged with the first month", oneTime));
        }
        return new Quote(today, bundle.name(), basis.from, basis.to, courses, perYear, modules.size(),
                terms.memberInstitute(), monthly, oneTime, List.copyOf(lines));
    }

    private static Basis basis(LocalDate today, LocalDate since) {
        if (since == null || !today.isBefore(since.plusYears(1))) {
            LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
            return new Basis(from, from.plusYears(1).minusDays(1), 1, "the previous calendar year");
        }
        if (today.isBefore(since.plusMonths(3))) {
            return new Basis(since, since.plusMonths(1).minusDays(1), 12, "the first month");
        }
        int quarter = 1;
        while (!today.isBefore(since.plusMonths(3L * (quarter + 1)))) {
            quarter++;
        }
        return new Basis(since.plusMonths(3L * (quarter - 1)), since.plusMonths(3L * quarter).minusDays(1), 4,
                "the previous quarter of the first year");
    }

    static String euro(long cents) {
        return (cents < 0 ? "-" : "") + "EUR " + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    private record Basis(LocalDate from, LocalDate to, long toYear, String what) {
    }
}
