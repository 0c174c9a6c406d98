package io.coursedesk.local.bench;

import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.local.LocalApi;
import io.coursedesk.local.LocalRuntime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long it takes in the local run from the HTTP request that enrols a student to the confirmation mail in the
 * SES emulator's store: the enrolment jar publishes through the SDK to the local bus, which matches the
 * template's rules and invokes the invitation dispatch jar, which sends through the SDK to the emulator.
 * The store is polled every 10 ms. Run by {@code bench/request-to-mail.sh}: {@code RequestToMailBench [runs]}.
 */
public final class RequestToMailBench {

    private static final String ADMIN = "planner@veiligwerken.example";
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final LocalApi api;
    private final MailStore ses;
    private final String admin;
    private final String courseId;
    private int students;

    private RequestToMailBench(LocalRuntime runtime, int seats) {
        this.api = new LocalApi(runtime.apiUrl());
        this.ses = runtime.ses();
        this.admin = api.token(ADMIN);
        this.courseId = created(api.post("/courses", admin, Map.of("type", "BHV", "kind", "CERTIFIED",
                "days", List.of(Map.of("date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30).toString(),
                        "startTime", "09:00", "endTime", "16:30")),
                "certificateValidityMonths", 12, "maxParticipants", seats, "location", "Benchlokaal")), "courseId");
    }

    public static void main(String[] args) throws InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        LocalRuntime runtime = LocalRuntime.start(0, FreePort.find());
        try {
            RequestToMailBench bench = new RequestToMailBench(runtime, runs + 1);
            bench.enrolAndAwaitMail();
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                millis.add(bench.enrolAndAwaitMail().toMillis());
            }
            List<Long> sorted = millis.stream().sorted().toList();
            double median = (sorted.get((runs - 1) / 2) + sorted.get(runs / 2)) / 2.0;
            System.out.println("runs (ms): " + millis);
            System.out.printf("HTTP request -> confirmation mail in the SES store, %d runs after 1 warm-up: "
                    + "median %.1f ms, min %d ms, max %d ms%n", runs, median, sorted.get(0), sorted.get(runs - 1));
        } finally {
            runtime.close();
        }
        // DynamoDB Local leaves non-daemon threads behind
        System.exit(0);
    }

    /** A new student enrolled by the admin; the time from sending the request until their mail is stored. */
    private Duration enrolAndAwaitMail() throws InterruptedException {
        students++;
        String email = "bench.student" + students + "@example.nl";
        String studentId = created(api.post("/students", admin, Map.of("firstName", "Bench", "lastName", "Student " + students,
                "email", email, "birthDate", "1995-05-05")), "studentId");

        long start = System.nanoTime();
        LocalApi.Reply enrolled = api.post("/courses/" + courseId + "/enrolments", admin,
                Map.of("studentId", studentId, "payer", "SELF"));
        if (enrolled.status() != 201 || !"CONFIRMED".equals(enrolled.json().path("status").asText())) {
            throw new IllegalStateException("enrolment not confirmed: " + enrolled);
        }
        while (!confirmationStored(email)) {
            if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                throw new IllegalStateException("no confirmation to " + email + " within " + GIVE_UP);
            }
            Thread.sleep(POLL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private boolean confirmationStored(String email) {
        return ses.storedEmails().stream().anyMatch(mail -> mail.subject().startsWith("Bevestiging inschrijving")
                && mail.recipients().stream().anyMatch(recipient -> recipient.contains(email)));
    }

    private static String created(LocalApi.Reply reply, String idField) {
        if (reply.status() != 201) {
            throw new IllegalStateException("not created: " + reply);
        }
        return reply.json().path(idField).asText();
    }
}
