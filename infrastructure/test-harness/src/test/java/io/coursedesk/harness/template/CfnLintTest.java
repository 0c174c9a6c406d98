package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * cfn-lint (AWS's CloudFormation linter, with the SAM transform) has nothing to say about template.yaml: no error,
 * no warning, no informational finding. It validates every resource against the CloudFormation schemas, which the
 * project's own template checks do not.
 */
class CfnLintTest {

    private static final String CFN_LINT = "cfn-lint";

    @Test
    void cfnLintFindsNothingInTheTemplate() throws Exception {
        Optional<Path> cfnLint = onPath(CFN_LINT);
        assumeTrue(cfnLint.isPresent(), CFN_LINT + " is not on the PATH (pip install cfn-lint): template.yaml is not linted here");
        Path root = SamTemplate.repositoryRoot();

        Process lint = new ProcessBuilder(cfnLint.get().toString(), SamTemplate.FILE_NAME)
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();

        assertThat(output).as("what cfn-lint says about " + root.resolve(SamTemplate.FILE_NAME)).isEmpty();
        assertThat(lint.exitValue()).as("cfn-lint's exit code").isZero();
    }

    private static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
