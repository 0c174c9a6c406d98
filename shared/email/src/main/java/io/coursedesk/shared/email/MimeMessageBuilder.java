package io.coursedesk.shared.email;

import io.coursedesk.shared.domain.EmailAddresses;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds a raw RFC 5322 / MIME message for SES {@code SendEmail} with raw content: text and HTML as
 * {@code multipart/alternative}, wrapped in {@code multipart/mixed} when there are attachments. Every
 * header that may carry user text is encoded (RFC 2047 encoded words, RFC 2231 file names), every body
 * part is base64, so no user text can break the structure of the message.
 */
public final class MimeMessageBuilder {
    private static final String CRLF = "\r\n";
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*");
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[a-zA-Z0-9 !#$%&'*+\\-/=?^_`{|}~.]*");
    /** 42 bytes base64-encode to 56 characters: framed as {@code =?UTF-8?B?...?=} after "Subject: " a line stays under 78. */
    private static final int ENCODED_WORD_BYTES = 42;
    private static final Base64.Encoder BASE64_LINES = Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII));

    private EmailAddress from;
    private EmailAddress replyTo;
    private final List<EmailAddress> to = new ArrayList<>();
    private final List<EmailAddress> cc = new ArrayList<>();
    private String subject = "";
    private String text = "";
    private String html = "";
    private ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
    private final List<Attachment> attachments = new ArrayList<>();

    public MimeMessageBuilder from(EmailAddress sender) {
        this.from = sender;
        return this;
    }

    /** Where answers go when that is not the sender (the provider's own address); null for none. */
    public MimeMessageBuilder replyTo(EmailAddress address) {
        this.replyTo = address;
        return this;
    }

    public MimeMessageBuilder to(EmailAddress recipient) {
        to.add(recipient);
        return this;
    }

    public MimeMessageBuilder cc(List<EmailAddress> recipients) {
        cc.addAll(recipients);
        return this;
    }

    public MimeMessageBuilder content(RenderedEmail email) {
        this.subject = email.subject();
        this.text = email.text();
        this.html = email.html();
        return this;
    }

    public MimeMessageBuilder date(ZonedDateTime sent) {
        this.date = sent;
        return this;
    }

    public MimeMessageBuilder attachments(List<Attachment> files) {
        attachments.addAll(files);
        return this;
    }

    public byte[] build() {
        Objects.requireNonNull(from, "from");
        if (to.isEmpty()) {
            throw new IllegalStateException("a message needs at least one recipient");
        }
        StringBuilder message = new StringBuilder();
        header(message, "From", mailbox(from));
        if (replyTo != null) {
            header(message, "Reply-To", mailbox(replyTo));
        }
        header(message, "To", mailboxes(to));
        if (!cc.isEmpty()) {
            header(message, "Cc", mailboxes(cc));
        }
        header(message, "Subject", unstructured(subject));
        header(message, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date));
        header(message, "MIME-Version", "1.0");
        String alternative = boundary("alt");
        if (attachments.isEmpty()) {
            alternative(message, alternative);
        } else {
            String mixed = boundary("mixed");
            header(message, "Content-Type", "multipart/mixed;" + CRLF + " boundary=\"" + mixed + "\"");
            message.append(CRLF).append("--").append(mixed).append(CRLF);
            alternative(message, alternative);
            for (Attachment attachment : attachments) {
                message.append(CRLF).append("--").append(mixed).append(CRLF);
                attachment(message, attachment);
            }
            message.append(CRLF).append("--").append(mixed).append("--").append(CRLF);
        }
        return message.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void alternative(StringBuilder message, String boundary) {
        header(message, "Content-Type", "multipart/alternative;" + CRLF + " boundary=\"" + boundary + "\"");
        message.append(CRLF);
        message.append("--").append(boundary).append(CRLF);
        header(message, "Content-Type", "text/plain; charset=UTF-8");
        base64Body(message, text.getBytes(StandardCharsets.UTF_8));
        message.append(CRLF).append("--").append(boundary).append(CRLF);
        header(message, "Content-Type", "text/html; charset=UTF-8");
        base64Body(message, html.getBytes(StandardCharsets.UTF_8));
        message.append(CRLF).append("--").append(boundary).append("--").append(CRLF);
    }

    private static void attachment(StringBuilder message, Attachment attachment) {
        String type = attachment.contentType() != null && CONTENT_TYPE.matcher(attachment.contentType()).matches()
                ? attachment.contentType() : "application/octet-stream";
        String name = attachment.filename();
        header(message, "Content-Type", type + "; " + parameter("name", name));
        header(message, "Content-Disposition", "attachment; " + parameter("filename", name));
        base64Body(message, attachment.content());
    }

    private static void base64Body(StringBuilder message, byte[] content) {
        header(message, "Content-Transfer-Encoding", "base64");
        message.append(CRLF);
        message.append(BASE64_LINES.encodeToString(content)).append(CRLF);
    }

    private static void header(StringBuilder message, String name, String value) {
        message.append(name).append(": ").append(value).append(CRLF);
    }

    private static String boundary(String kind) {
        return "=_coursedesk_" + kind + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String mailboxes(List<EmailAddress> addresses) {
        List<String> parts = new ArrayList<>(addresses.size());
        addresses.forEach(address -> parts.add(mailbox(address)));
        return String.join("," + CRLF + " ", parts);
    }

    private static String mailbox(EmailAddress address) {
        String name = address.displayName();
        if (name == null || name.isBlank()) {
            return EmailAddresses.forSending(address.address());
        }
        return phrase(name.strip()) + " <" + EmailAddresses.forSending(address.address()) + ">";
    }

    /** A display name: as a quoted string when it is plain ASCII, otherwise as encoded words. */
    private static String phrase(String name) {
        if (PLAIN_TOKEN.matcher(name).matches()) {
            return "\"" + name + "\"";
        }
        return encodedWords(name);
    }

    /** A subject: as it is when it is printable ASCII, otherwise as encoded words folded over lines. */
    private static String unstructured(String value) {
        String single = value.replaceAll("[\\r\\n]+", " ");
        boolean printable = single.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && single.length() <= 900
                && !single.contains("=?");
        return printable ? single : encodedWords(single);
    }

    /** RFC 2047 {@code =?UTF-8?B?...?=} words, split between characters (never inside one), one per folded line. */
    private static String encodedWords(String value) {
        List<String> words = new ArrayList<>();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        value.codePoints().forEach(codePoint -> {
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            if (chunk.size() + bytes.length > ENCODED_WORD_BYTES) {
                words.add(encodedWord(chunk.toByteArray()));
                chunk.reset();
            }
            chunk.writeBytes(bytes);
        });
        if (chunk.size() > 0 || words.isEmpty()) {
            words.add(encodedWord(chunk.toByteArray()));
        }
        return String.join(CRLF + " ", words);
    }

    private static String encodedWord(byte[] bytes) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
    }

    /** ASCII values as a quoted string; others as RFC 2231 {@code name*=UTF-8''...}, which mail readers decode. */
    private static String parameter(String name, String value) {
        if (PLAIN_TOKEN.matcher(value).matches()) {
            return name + "=\"" + value + "\"";
        }
        return name + "*=UTF-8''" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
