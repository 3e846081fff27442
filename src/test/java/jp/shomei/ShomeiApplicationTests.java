package jp.shomei;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ShomeiApplicationTests {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void shouldStartWithTheEngine() {
        assertThat(repositoryService.createDeploymentQuery().count()).isGreaterThanOrEqualTo(0);
    }
}
