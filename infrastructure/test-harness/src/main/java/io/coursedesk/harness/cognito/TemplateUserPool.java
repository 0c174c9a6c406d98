package io.coursedesk.harness.cognito;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.template.Resource;
import io.coursedesk.harness.template.SamTemplate;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's one {@code AWS::Cognito::UserPool} and its {@code AWS::Cognito::UserPoolClient} as Cognito API
 * requests: username attributes, attributes that change only once verified, password policy and attribute schema of
 * the pool; auth flows, read and write
 * attributes and token validities of the client; the pool's triggers. Names are local ones: the template's are {@code !Sub} expressions of the stage.
 */
record TemplateUserPool(JsonNode pool, JsonNode client) {

    static final String USER_POOL_TYPE = "AWS::Cognito::UserPool";
    static final String CLIENT_TYPE = "AWS::Cognito::UserPoolClient";
    static final String LOCAL_NAME = "coursedesk-local";

    static TemplateUserPool of(SamTemplate template) {
        return new TemplateUserPool(one(template, USER_POOL_TYPE).properties(), one(template, CLIENT_TYPE).properties());
    }

    CreateUserPoolRequest createUserPool() {
        JsonNode policy = pool.path("Policies").path("PasswordPolicy");
        List<SchemaAttributeType> schema = new ArrayList<>();
        pool.path("Schema").forEach(attribute -> schema.add(SchemaAttributeType.builder()
                .name(attribute.path("Name").asText())
                .attributeDataType(AttributeDataType.fromValue(attribute.path("AttributeDataType").asText()))
                .required(attribute.path("Required").asBoolean(false))
                .mutable(attribute.path("Mutable").asBoolean(true))
                .build()));
        return CreateUserPoolRequest.builder()
                .poolName(LOCAL_NAME)
                .usernameAttributesWithStrings(texts(pool.path("UsernameAttributes")))
                .autoVerifiedAttributesWithStrings(texts(pool.path("AutoVerifiedAttributes")))
                .userAttributeUpdateSettings(settings -> settings.attributesRequireVerificationBeforeUpdateWithStrings(
                        texts(pool.path("UserAttributeUpdateSettings").path("AttributesRequireVerificationBeforeUpdate"))))
                .policies(p -> p.passwordPolicy(PasswordPolicyType.builder()
                        .minimumLength(policy.path("MinimumLength").asInt())
                        .requireUppercase(policy.path("RequireUppercase").asBoolean())
                        .requireLowercase(policy.path("RequireLowercase").asBoolean())
                        .requireNumbers(policy.path("RequireNumbers").asBoolean())
                        .requireSymbols(policy.path("RequireSymbols").asBoolean())
                        .temporaryPasswordValidityDays(policy.path("TemporaryPasswordValidityDays").asInt())
                        .build()))
                .schema(schema)
                .build();
    }

    CreateUserPoolClientRequest createClient(String userPoolId) {
        return CreateUserPoolClientRequest.builder()
                .userPoolId(userPoolId)
                .clientName(LOCAL_NAME + "-web")
                .generateSecret(client.path("GenerateSecret").asBoolean(false))
                .explicitAuthFlowsWithStrings(texts(client.path("ExplicitAuthFlows")))
                .readAttributes(texts(client.path("ReadAttributes")))
                .writeAttributes(texts(client.path("WriteAttributes")))
                .idTokenValidity(client.path("IdTokenValidity").asInt())
                .accessTokenValidity(client.path("AccessTokenValidity").asInt())
                .refreshTokenValidity(client.path("RefreshTokenValidity").asInt())
                .tokenValidityUnits(units -> units
                        .idToken(client.path("TokenValidityUnits").path("IdToken").asText())
                        .accessToken(client.path("TokenValidityUnits").path("AccessToken").asText())
                        .refreshToken(client.path("TokenValidityUnits").path("RefreshToken").asText()))
                .build();
    }

    /**
     * The pool's triggers ({@code LambdaConfig}) as cognito-local's {@code TriggerFunctions}: trigger name to the
     * function's logical id ({@code !Ref Function.Alias} or {@code !GetAtt Function.Arn}).
     */
    Map<String, String> triggers() {
        Map<String, String> triggers = new LinkedHashMap<>();
        pool.path("LambdaConfig").fields().forEachRemaining(trigger -> {
            JsonNode target = trigger.getValue();
            String functionId = target.has("Ref") ? target.path("Ref").asText().replaceFirst("\\.Alias$", "")
                    : Resource.arnOf(target).orElseThrow(() -> new IllegalStateException(
                            "LambdaConfig." + trigger.getKey() + " names no function of the template: " + target));
            triggers.put(trigger.getKey(), functionId);
        });
        return triggers;
    }

    private static Resource one(SamTemplate template, String type) {
        List<Resource> found = template.resourcesOfType(type);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + type + " in the template, found " + found.size());
        }
        return found.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
