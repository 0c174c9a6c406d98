package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.invitations.MailWorld;
import org.junit.jupiter.api.BeforeEach;

/** A test of the mails an event sends: the shared mail world, its bus connected, and a provider of the test's own. */
abstract class MailTest {
    protected final MailWorld world = MailWorld.get();
    protected EventBus bus;
    protected String tenant;

    @BeforeEach
    void connectANewProvider() {
        bus = world.connectBus();
        tenant = world.newTenant();
    }
}
