package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.template.SamTemplate;
import io.coursedesk.harness.template.ScheduleExpression;
import io.coursedesk.harness.template.ScheduleTrigger;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The template's schedules in the local run, standing in for EventBridge Scheduler: each fires on its expression in
 * its time zone with the template's {@code Input} ({@code <aws.scheduler.scheduled-time>} replaced by the scheduled
 * time). {@code GET /local/schedules} lists them ({@code name}, {@code expression}, {@code timezone}, {@code lastRun});
 * {@code POST /local/schedules/{name}/run?at=<ISO-8601 instant>} runs one now as if it were {@code at} (default:
 * now) and answers the function's answer once the run's events have gone through the outbox to the bus.
 */
final class LocalSchedules implements HttpHandler, AutoCloseable {
    static final String PATH = "/local/schedules";
    private static final String SCHEDULED_TIME = "<aws.scheduler.scheduled-time>";

    private final Map<String, ScheduleTrigger> schedules;
    private final Map<String, String> inputs;
    private final BiFunction<String, String, String> invoke;
    private final Runnable awaitEventsSettled;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Instant> lastRuns = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-schedules");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param invoke             invokes a function (by logical id) with one event and returns its answer
     * @param awaitEventsSettled returns once the outbox is relayed and the bus has delivered what it has
     */
    LocalSchedules(SamTemplate template, BiFunction<String, String, String> invoke, Runnable awaitEventsSettled,
                   Clock clock) {
        this.schedules = template.schedules().stream()
                .collect(Collectors.toMap(ScheduleTrigger::eventName, schedule -> schedule));
        this.inputs = template.schedules().stream().collect(Collectors.toMap(ScheduleTrigger::eventName,
                schedule -> template.function(schedule.functionId()).properties().path("Events")
                        .path(schedule.eventName()).path("Properties").path("Input").asText("{}")));
        this.invoke = invoke;
        this.awaitEventsSettled = awaitEventsSettled;
        this.clock = clock;
    }

    /** From now on every schedule fires at its next time, as long as the local run lives. */
    LocalSchedules start() {
        schedules.values().forEach(schedule -> fireNext(schedule, ZonedDateTime.now(clock)));
        return this;
    }

    private void fireNext(ScheduleTrigger schedule, ZonedDateTime after) {
        ZoneId zone = schedule.timezone() == null ? ZoneOffset.UTC : ZoneId.of(schedule.timezone());
        ScheduleExpression.parse(schedule.expression()).nextAfter(after.withZoneSameInstant(zone)).ifPresent(next -> {
            long delay = Math.max(0, next.toInstant().toEpochMilli() - clock.millis());
            timer.schedule(() -> {
                try {
                    run(schedule, next.toInstant());
                } catch (RuntimeException e) {
                    System.err.println("schedule " + schedule.eventName() + " failed: " + e.getMessage());
                }
                fireNext(schedule, next);
            }, delay, TimeUnit.MILLISECONDS);
        });
    }

    /** Runs the schedule as of {@code at}; returns the function's answer once its events are on the bus. */
    String run(ScheduleTrigger schedule, Instant at) {
        String answer = invoke.apply(schedule.functionId(),
                inputs.get(schedule.eventName()).replace(SCHEDULED_TIME, at.toString()));
        lastRuns.put(schedule.eventName(), at);
        awaitEventsSettled.run();
        return answer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring(PATH.length()).split("/");
        String method = exchange.getRequestMethod();
        if (path.length <= 1 && method.equals("GET")) {
            ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(list())).writeTo(exchange);
        } else if (path.length == 3 && path[2].equals("run") && method.equals("POST")) {
            ScheduleTrigger schedule = schedules.get(path[1]);
            if (schedule == null) {
                ApiGatewayResponse.writeProblem(exchange, 404, "Not found", "No schedule " + path[1] + " in the template");
                return;
            }
            Optional<Instant> at;
            try {
                at = at(exchange.getRequestURI().getRawQuery());
            } catch (DateTimeParseException e) {
                ApiGatewayResponse.writeProblem(exchange, 400, "Invalid request", "at must be an ISO-8601 instant");
                return;
            }
            String answer = run(schedule, at.orElseGet(clock::instant));
            ApiGatewayResponse.of(200, "application/json", answer.getBytes(StandardCharsets.UTF_8)).writeTo(exchange);
        } else {
            ApiGatewayResponse.writeProblem(exchange, 404, "Not found",
                    "GET " + PATH + " or POST " + PATH + "/{name}/run?at=<instant>");
        }
    }

    private ArrayNode list() {
        ArrayNode list = json.createArrayNode();
        schedules.values().stream().sorted((a, b) -> a.eventName().compareTo(b.eventName())).forEach(schedule -> {
            Instant lastRun = lastRuns.get(schedule.eventName());
            list.addObject().put("name", schedule.eventName()).put("expression", schedule.expression())
                    .put("timezone", schedule.timezone() == null ? "UTC" : schedule.timezone())
                    .put("lastRun", lastRun == null ? null : lastRun.toString());
        });
        return list;
    }

    private static Optional<Instant> at(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("at=")) {
                return Optional.of(Instant.parse(URLDecoder.decode(parameter.substring(3), StandardCharsets.UTF_8)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
