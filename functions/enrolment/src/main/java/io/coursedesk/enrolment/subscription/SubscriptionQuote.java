package io.coursedesk.enrolment.subscription;

import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Quotes this month's price for the caller's provider: its subscription terms, the modules it has on, and its courses
 * counted on the course listing by first day (one key-range query on GSI1).
 */
@Singleton
public class SubscriptionQuote {
    private final ProviderRepository providers;
    private final ModuleSettingsRepository modules;
    private final CourseRepository courses;
    private final Clock clock;

    public SubscriptionQuote(ProviderRepository providers, ModuleSettingsRepository modules, CourseRepository courses,
                             Clock clock) {
        this.providers = providers;
        this.modules = modules;
        this.courses = courses;
        this.clock = clock;
    }

    public Quote quote(Caller caller) {
        String tenantId = caller.tenantId();
        return PriceCalculation.quote(LocalDate.now(clock.withZone(Zones.AMSTERDAM)),
                providers.subscriptionTerms(tenantId), modules.find(tenantId).on(),
                (from, to) -> courses.firstDayBetween(tenantId, from, to).stream()
                        .filter(course -> course.status() != CourseStatus.CANCELLED).count());
    }
}
