package io.coursedesk.passes.bundles;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.passes.ChildJvm;
import io.coursedesk.passes.documents.PassContent;
import io.coursedesk.passes.documents.PassRenderer;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.passes.verification.PassIdentity;
import io.coursedesk.passes.verification.PassVerificationCodes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code bench/pass-bundle.sh}: 250 holders x 2 qualifications, from {@code POST /pass-bundles} through outbox, bus
 * and generator to the READY bundle whose ZIP is in S3Proxy (polled every 20 ms), against the floor: the same
 * renderer writing the same 500 passes into memory and nothing else. One warm-up, then {@code runs} of each.
 * The generator runs in a JVM of its own ({@link GeneratorProcess}), as in Lambda, so the peak resident memory on
 * the last line is the function's, not the stand-ins' (DynamoDB Local and S3Proxy live in this JVM).
 */
public final class PassBundleBench {
    private static final int HOLDERS = 250;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PassBundleBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BundleWorld world = BundleWorld.get();
        GeneratorChild generator = GeneratorChild.start();
        // the bus now delivers the generator's events to the child process instead of this JVM's handler
        world.aws.eventBus().target((functionId, envelope) -> {
            if (functionId.equals("PassBundleGeneratorFunction")) {
                generator.deliver(envelope);
            }
        });
        BundleWorld.Tenant tenant = world.tenant();
        List<QualificationHolder> holders = tenant.holders(BundleWorld.names(HOLDERS));
        List<String> holderIds = holders.stream().map(QualificationHolder::holderId).toList();
        List<PassContent> passes = passes(world, tenant, holders);

        requestToZip(world, tenant, holderIds);
        floor(world.api.bean(PassRenderer.class), passes);
        double[] bundle = new double[runs];
        double[] floor = new double[runs];
        for (int i = 0; i < runs; i++) {
            bundle[i] = requestToZip(world, tenant, holderIds);
            floor[i] = floor(world.api.bean(PassRenderer.class), passes);
        }
        System.out.println("request to ZIP (ms): " + Arrays.toString(bundle));
        System.out.println("floor (ms): " + Arrays.toString(floor));
        double median = median(bundle);
        double floorMedian = median(floor);
        long generatorPeak = generator.finish();
        System.out.println("peak RSS of the bench JVM with the stand-ins, the API function and the relay (MB): "
                + GeneratorProcess.peakRssMegabytes());
        System.out.println(String.format(Locale.ROOT, "pass-bundle: median %.0f ms, floor %.0f ms, ratio %.2f, "
                + "peak RSS %d MB", median, floorMedian, median / floorMedian, generatorPeak));
        System.exit(0);
    }

    /** Milliseconds from the request to READY (the ZIP is complete in S3 before the bundle says so). */
    private static double requestToZip(BundleWorld world, BundleWorld.Tenant tenant, List<String> holderIds)
            throws InterruptedException {
        long start = System.nanoTime();
        ApiGatewayResponse accepted = tenant.request(holderIds, tenant.contactToken);
        String bundleId = accepted.json().path("bundleId").asText();
        while (true) {
            String status = tenant.get(bundleId, tenant.contactToken).json().path("status").asText();
            if (status.equals("READY")) {
                return (System.nanoTime() - start) / 1e6;
            }
            if (!status.equals("PENDING")) {
                throw new IllegalStateException("bundle " + bundleId + " is " + status);
            }
            Thread.sleep(20);
        }
    }

    /** The renderer as the generator uses it (one font subset for the bundle), writing into memory. */
    private static double floor(PassRenderer renderer, List<PassContent> passes) throws IOException {
        long start = System.nanoTime();
        PassRenderer.Batch batch = renderer.batch(passes);
        for (PassContent pass : passes) {
            batch.write(pass, new ByteArrayOutputStream(64 * 1024));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The passes the generator makes for these holders. */
    private static List<PassContent> passes(BundleWorld world, BundleWorld.Tenant tenant,
                                            List<QualificationHolder> holders) {
        PassVerificationCodes codes = world.api.bean(PassVerificationCodes.class);
        List<PassContent> passes = new ArrayList<>();
        for (QualificationHolder holder : holders) {
            for (Qualification q : BundleWorld.qualifications()) {
                passes.add(new PassContent(BundleWorld.PROVIDER_NAME, holder.name(), holder.qualificationNumber(),
                        q.name(), q.code(), q.type(), q.examDate(), q.expiryDate(),
                        holder.personnelNumber(tenant.organisationId), "Project Zuidas",
                        codes.verificationUrl(new PassIdentity(tenant.tenantId(), holder.holderId(),
                                q.qualificationId()))));
            }
        }
        return passes;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The generator's JVM: same class path, the stand-ins' endpoints and names as system properties. */
    private static final class GeneratorChild {
        private final Process process;
        private final BufferedWriter events;
        private final BufferedReader answers;

        private GeneratorChild(Process process) {
            this.process = process;
            this.events = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static GeneratorChild start() throws IOException {
            return new GeneratorChild(ChildJvm.start(GeneratorProcess.class, "generator.java.opts"));
        }

        /** One invocation: the envelope on one line, then the child's answer. */
        synchronized void deliver(String envelope) throws IOException {
            events.write(JSON.readTree(envelope).toString());
            events.newLine();
            events.flush();
            String answer = awaitLine(line -> line.equals(GeneratorProcess.DONE) || line.equals(GeneratorProcess.FAILED));
            if (!answer.equals(GeneratorProcess.DONE)) {
                throw new IllegalStateException("the generator failed");
            }
        }

        /** Ends the child and answers its peak resident memory in MB. */
        long finish() throws IOException, InterruptedException {
            events.close();
            String peak = awaitLine(line -> line.startsWith(GeneratorProcess.PEAK_RSS));
            process.waitFor();
            return Long.parseLong(peak.substring(GeneratorProcess.PEAK_RSS.length()).strip());
        }

        private String awaitLine(Predicate<String> wanted) throws IOException {
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            throw new IllegalStateException("the generator process ended early");
        }
    }
}
