package io.coursedesk.enrolment;

import io.coursedesk.enrolment.subscription.PriceCalculation;
import io.coursedesk.enrolment.subscription.Quote;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.SubscriptionTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The manual's price list, with the courses per period given. */
class PriceCalculationTest {
    private static final Set<Module> THREE = EnumSet.of(Module.INVITATIONS, Module.CUSTOMERS, Module.CERTIFICATION_DATA);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theManualsExampleAMemberWithThirtyCoursesLastYearAndThreeModules() {
        List<LocalDate[]> asked = new ArrayList<>();
        Quote quote = PriceCalculation.quote(TODAY, new SubscriptionTerms(LocalDate.of(2020, 3, 1), true), THREE,
                (from, to) -> {
                    asked.add(new LocalDate[] {from, to});
                    return 30;
                });
        assertThat(asked).singleElement().satisfies(period ->
                assertThat(period).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(quote.bundle()).isEqualTo("SILVER");
        assertThat(quote.monthlyCents()).isEqualTo(3 * (800 - 200));
        assertThat(quote.oneTimeCents()).isZero();
        assertThat(quote.lines()).extracting(line -> line.amountCents())
                .containsExactly(null, 800L, -200L, 1800L, 1800L);
        assertThat(quote.lines().get(0).description()).contains("2025-01-01", "2025-12-31", ": 30");
    }

    @ParameterizedTest
    @CsvSource({"0,BRONZE,400", "24,BRONZE,400", "25,SILVER,800", "99,SILVER,800", "100,GOLD,1200",
            "499,GOLD,1200", "500,DIAMOND,1600", "12000,DIAMOND,1600"})
    void bundleBoundaries(long courses, String bundle, long perModule) {
        Quote quote = PriceCalculation.quote(TODAY, new SubscriptionTerms(null, false), Set.of(Module.CUSTOMERS),
                (from, to) -> courses);
        assertThat(quote.bundle()).isEqualTo(bundle);
        assertThat(quote.monthlyCents()).isEqualTo(perModule);
        assertThat(quote.oneTimeCents()).as("paid once, long ago").isZero();
    }

    @Test
    void theFirstMonthIsFreeAndANonMemberPaysTheOneTimeFeeWithIt() {
        LocalDate since = LocalDate.of(2026, 11, 20);
        Quote quote = PriceCalculation.quote(TODAY, new SubscriptionTerms(since, false), THREE, (from, to) -> 3);
        assertThat(quote.basisFrom()).isEqualTo(since);
        assertThat(quote.basisTo()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(quote.coursesPerYear()).isEqualTo(36);
        assertThat(quote.bundle()).isEqualTo("SILVER");
        assertThat(quote.monthlyCents()).isZero();
        assertThat(quote.oneTimeCents()).isEqualTo(9800);
        assertThat(quote.lines()).extracting(line -> line.amountCents())
                .containsExactly(null, null, 800L, 2400L, -2400L, 0L, 9800L);

        Quote member = PriceCalculation.quote(TODAY, new SubscriptionTerms(since, true), THREE, (from, to) -> 3);
        assertThat(member.oneTimeCents()).isZero();
        assertThat(member.monthlyCents()).isZero();
    }

    @Test
    void theFirstMonthDecidesTheRestOfTheFirstQuarter() {
        LocalDate since = LocalDate.of(2026, 10, 15);
        List<LocalDate> froms = new ArrayList<>();
        Quote quote = PriceCalculation.quote(TODAY, new SubscriptionTerms(since, false), THREE, (from, to) -> {
            froms.add(from);
            assertThat(to).isEqualTo(LocalDate.of(2026, 11, 14));
            return 2;
        });
        assertThat(froms).containsExactly(since);
        assertThat(quote.bundle()).as("2 courses a month are 24 a year").isEqualTo("BRONZE");
        assertThat(quote.monthlyCents()).isEqualTo(3 * 400);
        assertThat(quote.oneTimeCents()).as("charged with the first month").isZero();
        assertThat(PriceCalculation.quote(since.plusMonths(3).minusDays(1), new SubscriptionTerms(since, false), THREE,
                (from, to) -> 3).bundle()).as("3 a month are 36 a year").isEqualTo("SILVER");
    }

    @Test
    void afterTheFirstQuarterThePreviousQuarterOfTheFirstYearDecides() {
        LocalDate since = LocalDate.of(2026, 5, 31);
        Quote quote = PriceCalculation.quote(TODAY, new SubscriptionTerms(since, true), THREE, (from, to) -> 25);
        assertThat(quote.basisFrom()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(quote.basisTo()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(quote.coursesPerYear()).isEqualTo(100);
        assertThat(quote.bundle()).isEqualTo("GOLD");
        assertThat(quote.monthlyCents()).isEqualTo(3 * (1200 - 200));

        Quote afterAYear = PriceCalculation.quote(since.plusYears(1), new SubscriptionTerms(since, true), THREE,
                (from, to) -> 25);
        assertThat(afterAYear.basisFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(afterAYear.bundle()).isEqualTo("SILVER");
    }
}
