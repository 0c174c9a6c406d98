package io.coursedesk.passes.bundles;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.passes.documents.PassContent;
import io.coursedesk.passes.documents.PassFileNames;
import io.coursedesk.passes.documents.PassRenderer;
import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolderRepository;
import io.coursedesk.passes.verification.PassIdentity;
import io.coursedesk.passes.verification.PassVerificationCodes;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.events.PassBundleRequested;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a requested bundle: one PDF per holder and qualification, zipped straight into a multipart upload (one part
 * in memory at a time), then the bundle is READY with its pass count and the holders who were gone by now. A bundle
 * that is READY already is left alone, so a redelivered event builds nothing twice. A failure marks it FAILED with a
 * reason and is thrown, so Lambda retries the event (and a later success turns it READY).
 */
@Singleton
public class GeneratePassBundle implements EventConsumer<PassBundleRequested> {
    private static final Logger LOG = LoggerFactory.getLogger(GeneratePassBundle.class);
    /** A pass is some 25 kB; the buffer grows if one is larger. */
    private static final int PASS_BUFFER = 64 * 1024;

    private final PassBundleRepository bundles;
    private final QualificationHolderRepository holders;
    private final ProviderRepository providers;
    private final PassRenderer renderer;
    private final PassVerificationCodes verificationCodes;
    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    public GeneratePassBundle(PassBundleRepository bundles, QualificationHolderRepository holders,
                              ProviderRepository providers, PassRenderer renderer,
                              PassVerificationCodes verificationCodes, S3Client s3,
                              @Value("${coursedesk.bucket-name}") String bucket,
                              @Value("${coursedesk.passes.bundle-part-size:5242880}") int partSize) {
        this.bundles = bundles;
        this.holders = holders;
        this.providers = providers;
        this.renderer = renderer;
        this.verificationCodes = verificationCodes;
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    @Override
    public Class<PassBundleRequested> eventType() {
        return PassBundleRequested.class;
    }

    @Override
    public void accept(PassBundleRequested event, Context lambdaContext) {
        PassBundle bundle = bundles.find(event.tenantId(), event.requestedBy(), event.bundleId()).orElse(null);
        if (bundle == null) {
            LOG.warn("bundle {} of tenant {} is gone (expired?); nothing to build", event.bundleId(), event.tenantId());
            return;
        }
        if (bundle.status() == BundleStatus.READY) {
            return;
        }
        try {
            Contents contents = contents(bundle);
            upload(bundle, contents.passes());
            if (!bundles.markReady(bundle, contents.passes().size(), contents.missingHolderIds())) {
                LOG.info("bundle {} was made READY by another delivery meanwhile", bundle.bundleId());
            }
        } catch (RuntimeException e) {
            String reason = e instanceof BundleFailure failure ? failure.reason()
                    : "De passen konden niet worden gemaakt." + BundleFailure.RETRIED;
            try {
                bundles.markFailed(bundle, reason);
            } catch (RuntimeException notMarked) {
                e.addSuppressed(notMarked);
            }
            throw e;
        }
    }

    /** The passes in the order the holders were asked for, and who was asked for but is no longer there. */
    private Contents contents(PassBundle bundle) {
        String providerName = providers.find(bundle.tenantId()).map(Provider::name)
                .orElseThrow(() -> new BundleFailure("De gegevens van de opleider ontbreken, dus de passen konden "
                        + "niet worden gemaakt." + BundleFailure.RETRIED, null));
        Map<String, HolderWithQualifications> found = holders.findAll(bundle.tenantId(), bundle.holderIds()).stream()
                .filter(holder -> holder.holder().belongsTo(bundle.organisationId()))
                .collect(Collectors.toMap(HolderWithQualifications::holderId, Function.identity()));
        List<PassContent> passes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String holderId : bundle.holderIds()) {
            HolderWithQualifications holder = found.get(holderId);
            if (holder == null) {
                missing.add(holderId);
                continue;
            }
            for (Qualification qualification : PassSelection.select(holder.qualifications(), bundle.scope(),
                    bundle.expiryDates())) {
                passes.add(pass(bundle, providerName, holder, qualification));
            }
        }
        return new Contents(passes, missing);
    }

    private PassContent pass(PassBundle bundle, String providerName, HolderWithQualifications holder,
                             Qualification qualification) {
        return new PassContent(providerName, holder.holder().name(), holder.holder().qualificationNumber(),
                qualification.name(), qualification.code(), qualification.type(),
                qualification.examDate(), qualification.expiryDate(),
                holder.holder().personnelNumber(bundle.organisationId()), bundle.reference(),
                verificationCodes.verificationUrl(new PassIdentity(bundle.tenantId(), holder.holderId(),
                        qualification.qualificationId())));
    }

    /** The ZIP, streamed into the bucket; nothing is left there if any pass fails. */
    private void upload(PassBundle bundle, List<PassContent> passes) {
        PassRenderer.Batch batch;
        try {
            batch = renderer.batch(passes);
        } catch (IOException | RuntimeException e) {
            throw new BundleFailure("De passen konden niet worden opgemaakt." + BundleFailure.RETRIED, e);
        }
        MultipartUploadStream upload;
        try {
            upload = new MultipartUploadStream(s3, bucket, bundle.objectKey(), "application/zip", partSize);
        } catch (SdkException e) {
            throw storageFailure(e);
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(upload, StandardCharsets.UTF_8);
            PassFileNames names = new PassFileNames();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(PASS_BUFFER);
            CRC32 crc = new CRC32();
            for (PassContent pass : passes) {
                // a pass's PDF is compressed inside already: stored as it is, deflating it again would cost a
                // fifth of the bundle's time for a few per cent of its size; a stored entry needs its size and
                // checksum first, so one pass at a time is rendered into memory
                pdf.reset();
                render(batch, pass, pdf);
                crc.reset();
                crc.update(pdf.toByteArray(), 0, pdf.size());
                ZipEntry entry = new ZipEntry(names.nameFor(pass));
                entry.setTime(bundle.createdAt().toEpochMilli());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(pdf.size());
                entry.setCompressedSize(pdf.size());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                pdf.writeTo(zip);
                zip.closeEntry();
            }
            zip.finish();
            upload.close();
        } catch (IOException | SdkException e) {
            abort(upload, e);
            throw storageFailure(e);
        } catch (RuntimeException e) {
            abort(upload, e);
            throw e;
        }
    }

    private static void render(PassRenderer.Batch batch, PassContent pass, OutputStream entry) {
        try {
            batch.write(pass, entry);
        } catch (SdkException e) {
            throw e; // the upload failed, not the pass
        } catch (IOException | RuntimeException e) {
            throw new BundleFailure("De pas " + pass.code() + " van " + pass.holderName() + " ("
                    + pass.qualificationNumber() + ") kon niet worden gemaakt." + BundleFailure.RETRIED, e);
        }
    }

    private static void abort(MultipartUploadStream upload, Exception cause) {
        try {
            upload.abort();
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }

    private static BundleFailure storageFailure(Exception cause) {
        return new BundleFailure("De bundel kon niet worden opgeslagen." + BundleFailure.RETRIED, cause);
    }

    private record Contents(List<PassContent> passes, List<String> missingHolderIds) {
    }
}
