package io.coursedesk.enrolment.subscription;

import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Reads and replaces the caller's provider's module switches; switching a module off keeps its data. */
@Singleton
public class SwitchModules {
    private final ModuleSettingsRepository settings;
    private final Clock clock;

    public SwitchModules(ModuleSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public ModuleSwitches get(Caller caller) {
        return ModuleSwitches.of(settings.find(caller.tenantId()));
    }

    public ModuleSwitches replace(Caller caller, ModuleSwitches switches) {
        settings.save(caller.tenantId(), switches.toSettings(), clock.instant());
        return switches;
    }
}
