package io.coursedesk.passes.api;

import io.coursedesk.passes.documents.PdfDownload;
import io.coursedesk.shared.http.download.ContentDisposition;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/**
 * A PDF as a download. API Gateway gets it base64-encoded ({@code isBase64Encoded}), as Micronaut's Lambda adapter
 * does for every binary content type, and hands the browser the bytes.
 */
final class PdfResponses {

    private PdfResponses() {
    }

    static HttpResponse<byte[]> attachment(PdfDownload download) {
        return HttpResponse.ok(download.content())
                .contentType(MediaType.APPLICATION_PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName()))
                // a certificate names a person: no shared cache keeps it
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
