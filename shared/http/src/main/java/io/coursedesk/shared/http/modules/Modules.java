package io.coursedesk.shared.http.modules;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import jakarta.inject.Singleton;

/** The one refusal of a switched-off module: a 403 problem saying which module to switch on. */
@Singleton
public class Modules {
    private final ModuleSettingsRepository settings;

    public Modules(ModuleSettingsRepository settings) {
        this.settings = settings;
    }

    public void requireOn(String tenantId, Module module) {
        if (!settings.find(tenantId).isOn(module)) {
            throw ProblemException.forbidden("The module " + module.key() + " is switched off; switch it on in "
                    + "PUT /settings/modules to use this.");
        }
    }
}
