package io.coursedesk.accounts.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.shared.aws.ApplicationContextHandler;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Set;

/** The Lambda entry point for the user pool's triggers ({@code LambdaConfig} in template.yaml). */
public class CognitoTriggerHandler extends ApplicationContextHandler {
    /**
     * Sources these triggers also get in AWS that ask nothing of the function: a user one of our functions creates
     * (AdminCreateUser runs the pre sign-up trigger; the role comes from the membership that function writes) and a
     * confirmed password reset (it runs the post confirmation trigger). Failing them would refuse the call.
     */
    static final Set<String> NOTHING_TO_DO =
            Set.of("PreSignUp_AdminCreateUser", "PostConfirmation_ConfirmForgotPassword");

    private final ObjectMapper json;
    private final Collection<CognitoTrigger> triggers;

    public CognitoTriggerHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public CognitoTriggerHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
        this.triggers = context.getBeansOfType(CognitoTrigger.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(input);
        String source = event.path("triggerSource").asText();
        if (NOTHING_TO_DO.contains(source)) {
            json.writeValue(output, event);
            return;
        }
        triggers.stream().filter(trigger -> source.startsWith(trigger.triggerSourcePrefix())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no use case for the trigger " + source))
                .answer(event);
        json.writeValue(output, event);
    }
}
