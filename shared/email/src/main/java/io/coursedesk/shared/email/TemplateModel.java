package io.coursedesk.shared.email;

import com.samskivert.mustache.Escapers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values one mail is rendered with, by variable name ({@code student.firstName}). Values are kept as the
 * user typed them; the HTML view escapes every one of them, so a template can never let user text through
 * as markup, whether it writes {@code {{x}}} or {@code {{{x}}}}.
 */
public final class TemplateModel {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> studentList = new ArrayList<>();

    /**
     * Every variable as long as a real mail carries (a 200-character name or location, a full course of a thousand
     * names): what a template is rendered with when it is saved, so its cost is known before any mail uses it.
     */
    static TemplateModel longest() {
        TemplateModel model = new TemplateModel();
        String text = "Zoë & Ŝtéfan van 't Hoë-Özdemir ".repeat(7).strip();
        TemplateVariables.ALLOWED.forEach(variable -> model.set(variable, text));
        return model.studentList(Collections.nCopies(1_000, text));
    }

    public TemplateModel set(String variable, String value) {
        values.put(variable, value == null ? "" : value);
        return this;
    }

    public TemplateModel student(String firstName, String lastName) {
        return set(TemplateVariables.STUDENT_FIRST_NAME, firstName).set(TemplateVariables.STUDENT_LAST_NAME, lastName);
    }

    public TemplateModel course(String type, LocalDate date, LocalTime startTime, String location) {
        return set(TemplateVariables.COURSE_TYPE, type)
                .set(TemplateVariables.COURSE_DATE, DutchFormat.date(date))
                .set(TemplateVariables.COURSE_START_TIME, DutchFormat.time(startTime))
                .set(TemplateVariables.COURSE_LOCATION, location);
    }

    public TemplateModel certificateExpiryDate(LocalDate expiryDate) {
        return set(TemplateVariables.CERTIFICATE_EXPIRY_DATE, DutchFormat.date(expiryDate));
    }

    public TemplateModel providerName(String name) {
        return set(TemplateVariables.PROVIDER_NAME, name);
    }

    /** The students a bulk mail is about, one full name each. */
    public TemplateModel studentList(List<String> names) {
        studentList.clear();
        studentList.addAll(names);
        return this;
    }

    /** Values escaped for HTML; {@code studentList} as an HTML list of escaped names. */
    Map<String, Object> html() {
        Map<String, Object> root = new LinkedHashMap<>();
        values.forEach((name, value) -> put(root, name, Escapers.HTML.escape(value)));
        StringBuilder list = new StringBuilder("<ul>");
        studentList.forEach(name -> list.append("<li>").append(Escapers.HTML.escape(name)).append("</li>"));
        root.put(TemplateVariables.STUDENT_LIST, studentList.isEmpty() ? "" : list.append("</ul>").toString());
        return root;
    }

    /** Raw values for a header line (the subject); {@code studentList} comma-separated. */
    Map<String, Object> plain() {
        Map<String, Object> root = new LinkedHashMap<>();
        values.forEach((name, value) -> put(root, name, value));
        root.put(TemplateVariables.STUDENT_LIST, String.join(", ", studentList));
        return root;
    }

    /** Nests {@code a.b} as {@code {a: {b: value}}}, which is how Mustache resolves dotted names. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, String value) {
        String[] parts = name.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], key -> new LinkedHashMap<String, Object>());
        }
        node.put(parts[parts.length - 1], value);
    }
}
