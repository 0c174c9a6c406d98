package io.coursedesk.passes.bundles;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.passes.documents.PassContent;
import io.coursedesk.passes.documents.PassRenderer;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.passes.verification.PassIdentity;
import io.coursedesk.passes.verification.PassVerificationCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/pass-bundle.sh}: 250 holders x 2 qualifications, from {@code POST /pass-bundles} through outbox, bus
 * and generator to the READY bundle whose ZIP is in S3Proxy (polled every 20 ms), against the floor: the same
 * renderer writing the same 500 passes into memory and nothing else. One warm-up, then {@code runs} of each;
 * the last line is the summary with the JVM's peak resident memory.
 */
public final class PassBundleBench {
    private static final int HOLDERS = 250;

    private PassBundleBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BundleWorld world = BundleWorld.get();
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
        System.out.println(String.format(Locale.ROOT, "pass-bundle: median %.0f ms, floor %.0f ms, ratio %.2f, "
                + "peak RSS %d MB", median, floorMedian, median / floorMedian, peakRssMegabytes()));
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

    private static double floor(PassRenderer renderer, List<PassContent> passes) throws IOException {
        long start = System.nanoTime();
        for (PassContent pass : passes) {
            renderer.write(pass, new ByteArrayOutputStream(64 * 1024));
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

    /** VmHWM of this JVM: everything in it, the local AWS stand-ins included. */
    private static long peakRssMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst().orElse(-1L);
    }
}
