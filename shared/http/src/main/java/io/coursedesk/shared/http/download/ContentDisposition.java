package io.coursedesk.shared.http.download;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): an ASCII fallback name for old clients and the real
 * name in UTF-8 ({@code filename*}), so "Zoë van 't Hek.pdf" arrives as itself and no quote or line break in a
 * name can break the header.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '/' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
