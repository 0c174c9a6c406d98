package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.StudentItems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, students and the provider profile. */
class PeopleRoutesTest extends FunctionTest {
    @Test
    void anAdminCreatesReadsListsAndUpdatesOrganisations() {
        Tenant tenant = new Tenant(function);
        ApiGatewayResponse created = tenant.asAdmin("POST", "/organisations", Map.of("name", "Scholengroep Noord",
                "address", Map.of("street", "Markt 1", "postalCode", "9711 AA", "city", "Groningen", "country", "NL"),
                "contactName", "Henk de Vries", "contactEmail", "henk@noord.nl", "billingEmail", "factuur@noord.nl",
                "remarks", "Factuur per kwartaal", "correspondenceViaContact", true));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("organisationId");
        Item stored = function.item(OrganisationItems.key(tenant.id, id));
        assertThat(stored.string("billingEmail")).isEqualTo("factuur@noord.nl");
        assertThat(stored.flag("correspondenceViaContact")).isTrue();
        ApiGatewayResponse read = tenant.asAdmin("GET", "/organisations/" + id, null);
        assertThat(read.json().path("address").path("city").asText()).isEqualTo("Groningen");
        assertThat(read.json().path("contactName").asText()).isEqualTo("Henk de Vries");

        ApiGatewayResponse updated = tenant.asAdmin("PUT", "/organisations/" + id, Map.of("name", "Scholengroep Noord-Oost",
                "address", Tenant.ADDRESS, "contactName", "Henk de Vries", "contactEmail", "henk@noord.nl",
                "correspondenceViaContact", false));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(tenant.asAdmin("GET", "/organisations", null).items())
                .extracting(o -> o.path("name").asText()).containsExactly("Scholengroep Noord-Oost");
    }

    @Test
    void refusesInvalidOrganisationsNamingEachField() {
        Tenant tenant = new Tenant(function);

        ApiGatewayResponse reply = tenant.asAdmin("POST", "/organisations", Map.of("contactEmail", "not-an-address",
                "billingEmail", "x@", "correspondenceViaContact", true));
        ApiGatewayResponse noContact = tenant.asAdmin("POST", "/organisations", Map.of("name", "Zonder Contact BV",
                "address", Map.of("street", " ", "country", "NL")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("name", "address", "contactName", "contactEmail",
                "billingEmail");
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(fields(noContact)).containsExactlyInAnyOrder("contactName", "contactEmail", "address.street",
                "address.postalCode", "address.city");
        assertThat(tenant.asAdmin("GET", "/organisations", null).items()).isEmpty();
        assertThat(tenant.asAdmin("PUT", "/organisations/unknown", Map.of("name", "X", "address", Tenant.ADDRESS,
                "contactName", "X", "contactEmail", "x@example.nl")).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/organisations/unknown", null).status()).isEqualTo(404);
    }

    @Test
    void aContactSeesOnlyTheirOwnOrganisationAndItsStudents() {
        Tenant tenant = new Tenant(function);
        String mine = tenant.createOrganisation("Eigen BV");
        String theirs = tenant.createOrganisation("Vreemd BV");
        String colleague = tenant.createStudent("Anne", mine);
        tenant.createStudent("Bert", theirs);
        String contact = tenant.contactToken(mine);

        assertThat(tenant.call(contact, "GET", "/organisations", null).items())
                .extracting(o -> o.path("organisationId").asText()).containsExactly(mine);
        assertThat(tenant.call(contact, "GET", "/organisations/" + theirs, null).status()).isEqualTo(404);
        assertThat(tenant.call(contact, "GET", "/students", null).items())
                .extracting(s -> s.path("studentId").asText()).containsExactly(colleague);
        assertThat(tenant.call(contact, "GET", "/students/" + colleague, null).status()).isEqualTo(200);
        assertThat(tenant.call(contact, "POST", "/organisations", Map.of("name", "Nieuw")).status()).isEqualTo(403);
        assertThat(tenant.call(contact, "POST", "/students", Map.of("firstName", "A", "lastName", "B",
                "email", "a@b.nl", "organisationId", mine)).status()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesStudentsLinkedToAnOrganisation() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Link BV");

        ApiGatewayResponse created = tenant.asAdmin("POST", "/students", Map.of("firstName", "Chris", "lastName", "Bakker",
                "email", "chris@link.nl", "birthDate", "1990-04-12", "organisationId", organisationId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("studentId");
        Item stored = function.item(StudentItems.key(tenant.id, id));
        assertThat(stored.string("organisationId")).isEqualTo(organisationId);
        assertThat(tenant.asAdmin("GET", "/students/" + id, null).json().path("birthDate").asText()).isEqualTo("1990-04-12");
        assertThat(tenant.asAdmin("GET", "/students", null).items()).extracting(s -> s.path("studentId").asText()).containsExactly(id);
        ApiGatewayResponse moved = tenant.asAdmin("PUT", "/students/" + id, Map.of("firstName", "Chris", "lastName", "Bakker",
                "email", "chris@elders.nl"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(tenant.call(tenant.contactToken(organisationId), "GET", "/students", null).items()).isEmpty();
    }

    @Test
    void refusesInvalidStudentsNamingEachField() {
        Tenant tenant = new Tenant(function);

        ApiGatewayResponse reply = tenant.asAdmin("POST", "/students", Map.of("email", "geen-adres"));
        ApiGatewayResponse unknowns = tenant.asAdmin("POST", "/students", Map.of("firstName", "A", "lastName", "B",
                "email", "a@b.nl", "birthDate", "2999-01-01", "organisationId", "no-such-organisation"));
        ApiGatewayResponse wrongDate = tenant.asAdmin("POST", "/students", Map.of("firstName", "A", "lastName", "B",
                "email", "a@b.nl", "birthDate", "12-04-1990"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("firstName", "lastName", "email");
        assertThat(unknowns.status()).isEqualTo(400);
        assertThat(fields(unknowns)).containsExactlyInAnyOrder("birthDate", "organisationId");
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(fields(wrongDate)).containsExactly("birthDate");
        assertThat(tenant.asAdmin("GET", "/students", null).items()).isEmpty();
    }

    @Test
    void aContactDoesNotReadTheProvidersRemarksOrTheBillingAddress() {
        Tenant tenant = new Tenant(function);
        ApiGatewayResponse created = tenant.asAdmin("POST", "/organisations", Map.of("name", "Betaal BV",
                "address", Tenant.ADDRESS, "contactName", "Bea Betaal", "contactEmail", "contact@betaal.nl", "billingEmail", "facturen@betaal.nl", "remarks", "Betaalt laat"));
        String organisationId = created.text("organisationId");

        JsonNode asContact = tenant.call(tenant.contactToken(organisationId), "GET", "/organisations/" + organisationId, null).json();
        JsonNode listed = tenant.call(tenant.contactToken(organisationId), "GET", "/organisations", null).items().get(0);
        JsonNode asAdmin = tenant.asAdmin("GET", "/organisations/" + organisationId, null).json();

        for (JsonNode seen : List.of(asContact, listed)) {
            assertThat(seen.path("name").asText()).isEqualTo("Betaal BV");
            assertThat(seen.path("remarks").isNull()).isTrue();
            assertThat(seen.path("billingEmail").isNull()).isTrue();
        }
        assertThat(asAdmin.path("remarks").asText()).isEqualTo("Betaalt laat");
        assertThat(asAdmin.path("billingEmail").asText()).isEqualTo("facturen@betaal.nl");
    }

    @Test
    void refusesTextsTooLongToStoreOrIndexNamingEachField() {
        Tenant tenant = new Tenant(function);
        String longName = "Ł".repeat(600);

        ApiGatewayResponse student = tenant.asAdmin("POST", "/students", Map.of("firstName", longName,
                "lastName", "Bos", "email", "jan@example.nl", "birthDate", "1850-01-01"));
        ApiGatewayResponse organisation = tenant.asAdmin("POST", "/organisations", Map.of("name", longName,
                "address", Tenant.ADDRESS, "contactName", "Bea Bos", "contactEmail", "bea@bos.nl"));

        assertThat(student.status()).as(student.toString()).isEqualTo(400);
        assertThat(fields(student)).containsExactly("firstName");
        ApiGatewayResponse oldBirthDate = tenant.asAdmin("POST", "/students", Map.of("firstName", "Jan",
                "lastName", "Bos", "email", "jan@example.nl", "birthDate", "1850-01-01"));
        assertThat(fields(oldBirthDate)).containsExactly("birthDate");
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(400);
        assertThat(fields(organisation)).containsExactly("name");
        ApiGatewayResponse longStreet = tenant.asAdmin("POST", "/organisations", Map.of("name", "Bos BV",
                "address", Map.of("street", "s".repeat(201), "postalCode", "3511 ED", "city", "Utrecht"),
                "contactName", "Bea Bos", "contactEmail", "bea@bos.nl"));
        assertThat(fields(longStreet)).containsExactly("address.street");
        assertThat(tenant.asAdmin("GET", "/students", null).items()).isEmpty();
        assertThat(tenant.asAdmin("GET", "/organisations", null).items()).isEmpty();
    }

    @Test
    void refusesAnAddressNoMailCouldBeSentTo() {
        Tenant tenant = new Tenant(function);

        // each would be accepted here and then skipped, or split into two recipients, by the mail function
        for (String address : List.of("x,y@example.nl", "a;b@example.nl", "\"Jan\"@example.nl", "jan@example.nl>",
                "jan@[10.0.0.1]", "jül@example.nl")) {
            ApiGatewayResponse reply = tenant.asAdmin("POST", "/students", Map.of("firstName", "Jan", "lastName", "Bos",
                    "email", address, "birthDate", "1990-04-12"));

            assertThat(reply.status()).as(address).isEqualTo(400);
            assertThat(fields(reply)).as(address).containsExactly("email");
        }
        assertThat(tenant.asAdmin("GET", "/students", null).items()).isEmpty();
    }

    @Test
    void acceptsAnInternationalisedDomainAsEntered() {
        Tenant tenant = new Tenant(function);

        ApiGatewayResponse reply = tenant.asAdmin("POST", "/students", Map.of("firstName", "Jan", "lastName", "Bos",
                "email", "jan@bücher.nl"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.text("email")).isEqualTo("jan@bücher.nl");
    }

    @Test
    void aStudentSeesOnlyThemself() {
        Tenant tenant = new Tenant(function);
        String me = tenant.createStudent("Ida", null);
        String other = tenant.createStudent("Jan", null);
        String token = tenant.studentToken(me);

        assertThat(tenant.call(token, "GET", "/students/" + me, null).status()).isEqualTo(200);
        assertThat(tenant.call(token, "GET", "/students/" + other, null).status()).isEqualTo(404);
        assertThat(tenant.call(token, "GET", "/students", null).status()).isEqualTo(403);
        assertThat(tenant.call(token, "GET", "/organisations", null).status()).isEqualTo(403);
    }

    @Test
    void anAdminSetsTheProviderProfile() {
        Tenant tenant = new Tenant(function);

        assertThat(tenant.asAdmin("GET", "/provider", null).status()).isEqualTo(404);
        ApiGatewayResponse invalid = tenant.asAdmin("PUT", "/provider", Map.of("notificationEmail", "nee"));
        ApiGatewayResponse saved = tenant.asAdmin("PUT", "/provider", Map.of("name", "EHBO Opleidingen Utrecht",
                "notificationEmail", "planning@ehbo-utrecht.nl"));

        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "notificationEmail");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        ApiGatewayResponse read = tenant.asAdmin("GET", "/provider", null);
        assertThat(read.text("name")).isEqualTo("EHBO Opleidingen Utrecht");
        assertThat(read.text("providerId")).isEqualTo(tenant.id);
        assertThat(read.text("notificationEmail")).isEqualTo("planning@ehbo-utrecht.nl");
        assertThat(tenant.call(tenant.studentToken("s"), "GET", "/provider", null).status()).isEqualTo(403);
    }
}
