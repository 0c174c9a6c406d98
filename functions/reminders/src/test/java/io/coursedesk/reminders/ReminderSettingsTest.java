package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.coursedesk.reminders.ReminderWorld.course;
import static io.coursedesk.reminders.ReminderWorld.expiry;
import static io.coursedesk.reminders.ReminderWorld.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET/PUT /settings/reminders}: defaults, validation, templates that must exist, admins only, per provider. */
class ReminderSettingsTest {
    private final ReminderWorld world = new ReminderWorld();

    @Test
    void aProviderThatSavedNothingHasEveryReminderOff() {
        ApiGatewayResponse response = world.getSettings(world.adminToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("enabled")).containsExactly("false", "false", "false");
        assertThat(response.json().path("courseReminder").path("templateId").isNull()).isTrue();
    }

    @Test
    void savedSettingsAreReadBackAndOnlyByTheirProvider() {
        String templateId = world.template();
        Map<String, Object> body = settings(course(true, 5, templateId), expiry(true, 6, null),
                expiry(false, 26, templateId));

        ApiGatewayResponse saved = world.putSettings(world.adminToken(), body);
        ApiGatewayResponse read = world.getSettings(world.adminToken());
        ApiGatewayResponse otherProvider = new ReminderWorld().getSettings(new ReminderWorld().adminToken());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read.json().path("courseReminder").path("daysBefore").asInt()).isEqualTo(5);
        assertThat(read.json().path("courseReminder").path("templateId").asText()).isEqualTo(templateId);
        assertThat(read.json().path("certificateReminder").path("enabled").asBoolean()).isTrue();
        assertThat(read.json().path("certificateReminder").path("templateId").isNull()).isTrue();
        assertThat(read.json().path("customerReminder").path("weeksBefore").asInt()).isEqualTo(26);
        assertThat(otherProvider.json().findValuesAsText("enabled")).containsExactly("false", "false", "false");
    }

    @Test
    void periodsOutOfRangeAndMissingFieldsAreRefusedNamingEachField() {
        ApiGatewayResponse response = world.putSettings(world.adminToken(), settings(course(true, 61, null),
                expiry(true, 0, null), expiry(null, 27, null)));
        ApiGatewayResponse zeroDays = world.putSettings(world.adminToken(), settings(course(true, 0, null),
                expiry(false, 1, null), expiry(false, 26, null)));
        ApiGatewayResponse missing = world.putSettings(world.adminToken(), Map.of("courseReminder",
                course(true, null, null)));
        ApiGatewayResponse unknownField = world.call(ApiGatewayEvents.put("/settings/reminders")
                .bearer(world.adminToken()).jsonBody(Map.of("courseReminder", course(true, 3, null),
                        "certificateReminder", expiry(false, 4, null), "customerReminder", expiry(false, 4, null),
                        "smsReminder", true)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "courseReminder.daysBefore", "certificateReminder.weeksBefore", "customerReminder.enabled",
                "customerReminder.weeksBefore");
        assertThat(zeroDays.json().path("errors").findValuesAsText("field"))
                .containsExactly("courseReminder.daysBefore");
        assertThat(missing.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "courseReminder.daysBefore", "certificateReminder", "customerReminder");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(world.getSettings(world.adminToken()).json().findValuesAsText("enabled"))
                .containsExactly("false", "false", "false");
    }

    @Test
    void aTemplateTheProviderDoesNotHaveIsRefusedNamingTheReminderAndNothingIsSaved() {
        ReminderWorld otherProvider = new ReminderWorld();
        String foreignTemplate = otherProvider.template();

        ApiGatewayResponse response = world.putSettings(world.adminToken(), settings(
                course(true, 3, foreignTemplate), expiry(false, 4, "no-such-template"), expiry(false, 4, "bad#id")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly(
                "courseReminder.templateId", "certificateReminder.templateId", "customerReminder.templateId");
        assertThat(world.getSettings(world.adminToken()).json().path("courseReminder").path("enabled").asBoolean())
                .isFalse();
    }

    /** The manual: the course reminder's switch appears once the first template exists. */
    @Test
    void theCourseReminderIsSwitchedOnOnlyOnceTheProviderHasATemplate() {
        Map<String, Object> withDefaultText = settings(course(true, 3, null), expiry(true, 4, null),
                expiry(false, 4, null));

        ApiGatewayResponse withoutTemplate = world.putSettings(world.adminToken(), withDefaultText);
        ApiGatewayResponse otherReminders = world.putSettings(world.adminToken(), settings(course(false, 3, null),
                expiry(true, 4, null), expiry(true, 4, null)));
        assertThat(withoutTemplate.status()).isEqualTo(400);
        assertThat(withoutTemplate.contentType()).startsWith("application/problem+json");
        assertThat(withoutTemplate.json().path("errors").findValuesAsText("field"))
                .containsExactly("courseReminder.enabled");
        assertThat(withoutTemplate.body()).contains("once the provider has a mail template");
        assertThat(otherReminders.status()).as("the expiry reminders need no template").isEqualTo(200);
        world.template();
        ApiGatewayResponse withTemplate = world.putSettings(world.adminToken(), withDefaultText);

        assertThat(withTemplate.status()).isEqualTo(200);
        JsonNode read = world.getSettings(world.adminToken()).json().path("courseReminder");
        assertThat(read.path("enabled").asBoolean()).isTrue();
        assertThat(read.path("templateId").isNull()).as("the default text").isTrue();
    }

    @Test
    void onlyAProviderAdminReadsOrChangesThem() {
        Map<String, Object> body = settings(course(true, 3, null), expiry(false, 4, null), expiry(false, 4, null));

        for (String role : new String[] {"ORGANISATION_CONTACT", "STUDENT"}) {
            assertThat(world.getSettings(world.token(role)).status()).isEqualTo(403);
            assertThat(world.putSettings(world.token(role), body).status()).isEqualTo(403);
        }
        assertThat(world.getSettings(world.adminToken()).json().path("courseReminder").path("enabled").asBoolean())
                .isFalse();
    }
}
