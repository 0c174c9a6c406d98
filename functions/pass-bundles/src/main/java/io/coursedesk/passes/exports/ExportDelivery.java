package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.http.download.ContentDisposition;
import io.coursedesk.shared.time.Zones;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands a written export to its caller. A Lambda response carries at most 6 MB, and a binary body travels
 * base64-encoded (4 characters per 3 bytes), so a file up to {@code coursedesk.exports.inline-limit} bytes (4 MB:
 * below the 4.5 MB that fit, leaving room for the headers) is answered as it is; a larger one is put into the bucket
 * under {@code exports/<tenantId>/} (the bucket's lifecycle rule removes it after a day) and answered with a
 * presigned GET valid for {@code coursedesk.exports.link-validity} (5 minutes), made for this answer and never
 * stored. The temporary file is deleted either way.
 */
@Singleton
public class ExportDelivery {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final long inlineLimit;
    private final Duration linkValidity;
    private final Clock clock;

    public ExportDelivery(S3Client s3, S3Presigner presigner, @Value("${coursedesk.bucket-name}") String bucket,
                          @Value("${coursedesk.exports.inline-limit:4000000}") long inlineLimit,
                          @Value("${coursedesk.exports.link-validity:5m}") Duration linkValidity, Clock clock) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.inlineLimit = inlineLimit;
        this.linkValidity = linkValidity;
        this.clock = clock;
    }

    /**
     * Writes one sheet of these columns, its rows given by {@code rows}, and hands it to {@code tenantId}'s caller as
     * {@code "<title> <today>.xlsx"} (today in Amsterdam).
     */
    public ExportFile export(String tenantId, String title, String sheetName, List<XlsxColumn> columns,
                             Consumer<XlsxSheet> rows) {
        Path file;
        try (XlsxSheet sheet = XlsxSheet.open(sheetName, columns)) {
            rows.accept(sheet);
            file = sheet.finish();
        }
        return deliver(tenantId, title + " " + LocalDate.now(clock.withZone(Zones.AMSTERDAM)) + ".xlsx", file);
    }

    /** The file for {@code tenantId}'s caller, under {@code fileName}; {@code file} is deleted. */
    private ExportFile deliver(String tenantId, String fileName, Path file) {
        try {
            if (Files.size(file) <= inlineLimit) {
                return new ExportFile.Inline(fileName, Files.readAllBytes(file));
            }
            String key = "exports/" + tenantId + "/" + Ids.newId() + ".xlsx";
            s3.putObject(p -> p.bucket(bucket).key(key).contentType(CONTENT_TYPE), RequestBody.fromFile(file));
            URI url = URI.create(presigner.presignGetObject(p -> p.signatureDuration(linkValidity)
                    .getObjectRequest(g -> g.bucket(bucket).key(key)
                            .responseContentDisposition(ContentDisposition.attachment(fileName))))
                    .url().toString());
            return new ExportFile.Link(fileName, url, clock.instant().plus(linkValidity));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the export", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is the Lambda's own and dies with it
            }
        }
    }
}
