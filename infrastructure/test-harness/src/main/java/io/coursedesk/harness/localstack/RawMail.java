package io.coursedesk.harness.localstack;

import io.coursedesk.harness.ses.StoredEmail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A raw (MIME) mail as the tests read it: headers, the text and HTML bodies, the attachments' decoded bytes. */
final class RawMail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private String text;
    private String html;
    private final List<StoredEmail.Attachment> attachments = new ArrayList<>();

    private RawMail() {
    }

    static StoredEmail parse(String messageId, byte[] mime, Instant at) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(mime));
            RawMail parts = new RawMail();
            parts.walk(message);
            return new StoredEmail(messageId, first(message.getFrom()), addresses(message.getReplyTo()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    addresses(message.getRecipients(Message.RecipientType.BCC)), message.getSubject(), parts.text,
                    parts.html, List.copyOf(parts.attachments), at);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("LocalStack holds a mail that is not MIME: " + messageId, e);
        }
    }

    private void walk(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream content = part.getInputStream()) {
                attachments.add(new StoredEmail.Attachment(part.getFileName(), part.getContentType().split(";")[0].trim(),
                        content.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain") && text == null) {
            text = (String) part.getContent();
        } else if (part.isMimeType("text/html") && html == null) {
            html = (String) part.getContent();
        }
    }

    private static String first(Address[] addresses) {
        return addresses == null || addresses.length == 0 ? null : text(addresses[0]);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(RawMail::text).toList();
    }

    /** {@code "Name" <a@b.nl>} with the name decoded, as the SES emulator gives it. */
    private static String text(Address address) {
        return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
    }
}
