package io.coursedesk.harness.template;

import com.cronutils.model.Cron;
import com.cronutils.model.definition.CronConstraintsFactory;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression, {@code cron(...)} or {@code rate(...)}, parsed as AWS reads it.
 * cron-utils has no AWS flavour, so it is defined here: six fields, day-of-week 1-7 with Sunday as 1,
 * and either day-of-month or day-of-week given as {@code ?}.
 */
public sealed interface ScheduleExpression {

    /** The first time the schedule fires strictly after the given time, in that time's zone. */
    Optional<ZonedDateTime> nextAfter(ZonedDateTime time);

    /** @throws IllegalArgumentException naming what is wrong with the expression */
    static ScheduleExpression parse(String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("no schedule expression");
        }
        Matcher rate = RateSchedule.FORMAT.matcher(expression.trim());
        if (rate.matches()) {
            return RateSchedule.of(Long.parseLong(rate.group(1)), rate.group(2));
        }
        Matcher cron = CronSchedule.FORMAT.matcher(expression.trim());
        if (cron.matches()) {
            return new CronSchedule(CronSchedule.PARSER.parse(cron.group(1)).validate());
        }
        throw new IllegalArgumentException("not a schedule expression: " + expression
                + " (expected cron(minutes hours day-of-month month day-of-week year) or rate(value unit))");
    }

    /** {@code rate(5 minutes)}: fires every period. */
    record RateSchedule(Duration period) implements ScheduleExpression {

        static final Pattern FORMAT = Pattern.compile("rate\\((\\d+) ([a-z]+)\\)");

        static RateSchedule of(long value, String unit) {
            if (value < 1) {
                throw new IllegalArgumentException("a rate must be positive: " + value);
            }
            // AWS insists on the singular for 1 and the plural otherwise
            String expected = value == 1 ? unit.replaceAll("s$", "") : unit.endsWith("s") ? unit : unit + "s";
            if (!unit.equals(expected)) {
                throw new IllegalArgumentException("rate(" + value + " " + unit + ") must be written rate(" + value + " " + expected + ")");
            }
            Duration period = switch (unit.replaceAll("s$", "")) {
                case "minute" -> Duration.ofMinutes(value);
                case "hour" -> Duration.ofHours(value);
                case "day" -> Duration.ofDays(value);
                default -> throw new IllegalArgumentException("unknown rate unit " + unit + " (minute, hour or day)");
            };
            return new RateSchedule(period);
        }

        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
            return Optional.of(time.plus(period));
        }
    }

    /** {@code cron(0 6 * * ? *)}. */
    record CronSchedule(Cron cron) implements ScheduleExpression {

        static final Pattern FORMAT = Pattern.compile("cron\\((.+)\\)");
        static final CronDefinition AWS = CronDefinitionBuilder.defineCron()
                .withMinutes().withValidRange(0, 59).and()
                .withHours().withValidRange(0, 23).and()
                .withDayOfMonth().withValidRange(1, 31).supportsL().supportsW().supportsLW().supportsQuestionMark().and()
                .withMonth().withValidRange(1, 12).and()
                .withDayOfWeek().withValidRange(1, 7).withMondayDoWValue(2).supportsHash().supportsL().supportsQuestionMark().and()
                .withYear().withValidRange(1970, 2199).and()
                .withCronValidation(CronConstraintsFactory.ensureEitherDayOfWeekOrDayOfMonth())
                .instance();
        static final CronParser PARSER = new CronParser(AWS);

        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
            return ExecutionTime.forCron(cron).nextExecution(time);
        }
    }
}
