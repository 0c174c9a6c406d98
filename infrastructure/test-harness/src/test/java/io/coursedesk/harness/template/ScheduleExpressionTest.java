package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleExpressionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void readsAwsCronWithSundayAsDayOne() {
        ScheduleExpression weekdays = ScheduleExpression.parse("cron(0/15 * ? * MON-FRI *)");
        ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, AMSTERDAM);

        assertThat(weekdays.nextAfter(saturday)).contains(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, AMSTERDAM));
        assertThat(ScheduleExpression.parse("cron(0 6 ? * 2 *)").nextAfter(saturday))
                .contains(ZonedDateTime.of(2026, 11, 23, 6, 0, 0, 0, AMSTERDAM));
        assertThat(ScheduleExpression.parse("cron(0 6 * * ? *)").nextAfter(saturday))
                .contains(ZonedDateTime.of(2026, 11, 22, 6, 0, 0, 0, AMSTERDAM));
    }

    @Test
    void readsRates() {
        assertThat(ScheduleExpression.parse("rate(1 day)")).isEqualTo(new ScheduleExpression.RateSchedule(Duration.ofDays(1)));
        assertThat(ScheduleExpression.parse("rate(5 minutes)")).isEqualTo(new ScheduleExpression.RateSchedule(Duration.ofMinutes(5)));
    }

    @Test
    void refusesWhatAwsRefuses() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 6 * * * *)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 6 * *)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 minute)")).hasMessageContaining("rate(5 minutes)");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(0 minutes)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(2 weeks)")).hasMessageContaining("unknown rate unit");
        assertThatThrownBy(() -> ScheduleExpression.parse("every day")).hasMessageContaining("not a schedule expression");
    }
}
