package jp.shomei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.Test;

/**
 * Which jobs go first when many are due (docs/benchmarks.md, the URL storm): every asynchronous step of the processes
 * that answer a person's own action or decide on their application is ahead of the timers; reminders, expiries and
 * timers keep the engine's default.
 */
class MailJobPrioritiesTest {

    private static final Set<String> WAITED_FOR = Set.of("registration", "add-student-id", "email-change",
            "password-reset", "login-lock-notice");

    @Test
    void shouldPutTheStepsAPersonWaitsForAheadOfTimersReminderAndExpiries() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(WAITED_FOR.size());
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String key = model.getModelElementsByType(Process.class).iterator().next().getId();
            String expected = WAITED_FOR.contains(key) ? String.valueOf(MailJobs.WAITED_FOR_PRIORITY) : null;
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String priority = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "jobPriority");
                if (!node.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
                    assertThat(priority).as("timer %s of %s", node.getId(), key).isNull();
                } else if ("true".equals(node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                        "asyncBefore"))) {
                    assertThat(priority).as("asynchronous step %s of %s", node.getId(), key).isEqualTo(expected);
                }
            }
        }
    }
}
