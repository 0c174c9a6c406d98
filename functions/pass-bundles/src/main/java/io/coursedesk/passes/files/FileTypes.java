package io.coursedesk.passes.files;

import java.util.Set;

/** What a course file may be: PDF, images and Office documents, at most 20 MB. */
public final class FileTypes {
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private FileTypes() {
    }
}
