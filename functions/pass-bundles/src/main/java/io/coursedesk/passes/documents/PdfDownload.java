package io.coursedesk.passes.documents;

/** A rendered PDF with the name it is downloaded under. */
public record PdfDownload(String fileName, byte[] content) {
}
