package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Names the webapps show arrive in the staff member's language while the engine keeps them as stored: candidate
 * groups (a task's, Admin's lists), the names in a process diagram, and the signed-in user's name family name first
 * for Japanese readers of Tasklist and Cockpit. Admin's edit pages load the stored values and save them unchanged.
 */
@ShomeiTest
class WebappNamesTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String API = "/camunda/api/engine/engine/default";
    private static final String TOTO_STAFF = "東都大学 証明書担当 / Toto University staff";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    MessageSource messages;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void clearThrottles() {
        throttles.deleteAll();
    }

    @Test
    void shouldShowTheTasksGroupAndAssigneeInTheReadersLanguage() throws Exception {
        Registration registration = registrations.importSubmitted("names-" + System.nanoTime() + "@example.jp",
                Locale.JAPANESE, TestApplications.totoApplication(universities, catalog, "石井 光", "イシイ ヒカル"));
        String taskId = taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult().getId();
        taskService.setAssignee(taskId, "toto-staff");
        WebClient staff = signedIn("toto-staff", "Staff-Demo-2026", "tasklist");

        JsonNode japanese = hal(staff, API + "/task/" + taskId, "ja");
        assertThat(embedded(japanese, "group")).singleElement()
                .satisfies(groups -> assertThat(groups.get(0).path("name").asText()).isEqualTo("東都大学 証明書担当"));
        assertThat(embedded(japanese, "user")).singleElement().satisfies(users -> {
            assertThat(users.get(0).path("firstName").asText()).isEqualTo("田中");
            assertThat(users.get(0).path("lastName").asText()).isEqualTo("花子");
        });

        JsonNode english = hal(staff, API + "/task/" + taskId, "en");
        assertThat(embedded(english, "group")).singleElement()
                .satisfies(groups -> assertThat(groups.get(0).path("name").asText()).isEqualTo("Toto University staff"));
        assertThat(embedded(english, "user")).singleElement()
                .satisfies(users -> assertThat(users.get(0).path("firstName").asText()).isEqualTo("花子"));
        assertThat(identityService.createGroupQuery().groupId("staff-toto").singleResult().getName())
                .isEqualTo(TOTO_STAFF);
    }

    @Test
    void shouldListGroupsInTheReadersLanguageAndLetAdminEditTheStoredName() throws Exception {
        WebClient admin = signedIn("admin", "Admin-Demo-2026", "admin");
        Map<String, String> fromAdmin = Map.of("Accept-Language", "ja", "Referer", base() + "/camunda/app/admin/default/");

        assertThat(admin.get(API + "/group?firstResult=0&maxResults=50", fromAdmin).getBody())
                .contains("\"東都大学 証明書担当\"", "\"分析担当\"").doesNotContain("Toto University staff");
        assertThat(admin.get(API + "/group?member=toto-staff", Map.of("Accept-Language", "en")).getBody())
                .contains("\"Toto University staff\"").doesNotContain("東都大学");

        // Admin's group page loads the one group and saves what it loaded.
        ResponseEntity<String> loaded = admin.get(API + "/group/staff-toto", fromAdmin);
        assertThat(json.readTree(loaded.getBody()).path("name").asText()).isEqualTo(TOTO_STAFF);
        assertThat(admin.sendJson("PUT", API + "/group/staff-toto", loaded.getBody(), fromAdmin)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(identityService.createGroupQuery().groupId("staff-toto").singleResult().getName())
                .isEqualTo(TOTO_STAFF);
    }

    @Test
    void shouldServeTheDiagramWithNamesInTheReadersLanguage() throws Exception {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationReviewProcess.KEY).tenantIdIn("toto").latestVersion()
                .singleResult().getId();
        WebClient admin = signedIn("admin", "Admin-Demo-2026", "cockpit");
        String xml = API + "/process-definition/" + definitionId + "/xml";

        String japanese = json.readTree(admin.get(xml, Map.of("Accept-Language", "ja")).getBody())
                .path("bpmn20Xml").asText();
        assertThat(japanese).contains("name=\"利用申請の審査\"", "name=\"申請の受付\"", "name=\"審査期限超過\"",
                "name=\"大学の職員へ督促\"", "bpmnElement=\"UserTask_ReviewApplication\"")
                .doesNotContain("Review the application", "Application submitted", "Review overdue");

        String english = json.readTree(admin.get(xml, Map.of("Accept-Language", "en")).getBody())
                .path("bpmn20Xml").asText();
        assertThat(english).contains("name=\"Registration review\"", "name=\"Review the application\"",
                "name=\"Application submitted\"").doesNotContain("利用申請", "審査");

        String stored = new String(repositoryService.getProcessModel(definitionId).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(stored).contains("name=\"利用申請の審査 / Review the application\"");
    }

    @Test
    void shouldNameTheSignedInUserFamilyNameFirstOnlyWhereNobodyEditsTheProfile() throws Exception {
        WebClient staff = signedIn("toto-staff", "Staff-Demo-2026", "tasklist");
        String profile = API + "/user/toto-staff/profile";

        assertThat(json.readTree(staff.get(profile, Map.of("Accept-Language", "ja",
                "Referer", base() + "/camunda/app/tasklist/default/")).getBody()).path("firstName").asText())
                .as("Tasklist's header, Japanese").isEqualTo("田中");
        assertThat(json.readTree(staff.get(profile, Map.of("Accept-Language", "en",
                "Referer", base() + "/camunda/app/tasklist/default/")).getBody()).path("firstName").asText())
                .as("Tasklist's header, English").isEqualTo("花子");
        for (String editor : new String[] {"/camunda/app/admin/default/", "/camunda/app/welcome/default/"}) {
            assertThat(json.readTree(staff.get(profile, Map.of("Accept-Language", "ja",
                    "Referer", base() + editor)).getBody()).path("firstName").asText())
                    .as(editor).isEqualTo("花子");
        }
        assertThat(json.readTree(staff.get(profile, Map.of("Accept-Language", "ja")).getBody())
                .path("firstName").asText()).as("no referrer").isEqualTo("花子");

        WebClient admin = signedIn("admin", "Admin-Demo-2026", "cockpit");
        assertThat(json.readTree(admin.get(API + "/user/admin/profile", Map.of("Accept-Language", "ja",
                "Referer", base() + "/camunda/app/cockpit/default/")).getBody()).path("firstName").asText())
                .as("a name in Latin letters keeps its order").isEqualTo("Shomei");
    }

    @Test
    void shouldListCockpitsProcessesInTheReadersLanguage() throws Exception {
        WebClient admin = signedIn("admin", "Admin-Demo-2026", "cockpit");
        for (String list : new String[] {
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50",
                API + "/process-definition/statistics?rootIncidents=true"}) {
            String japanese = admin.get(list, Map.of("Accept-Language", "ja")).getBody();
            assertThat(japanese).as(list).contains("\"パスワードの再設定\"", "\"利用申請\"", "\"利用申請の審査プロセス\"")
                    .doesNotContain("Password reset", "Registration", " / ");
            String english = admin.get(list, Map.of("Accept-Language", "en")).getBody();
            assertThat(english).as(list).contains("\"Password reset\"", "\"Registration\"", "\"Registration review\"")
                    .doesNotContain("パスワード", "利用申請", " / ");
        }
    }

    /**
     * Tasklist shows a review task over its process, and Cockpit's diagram of the application shows the call of that
     * review: the step has one name wherever it shows, and its process another.
     */
    @Test
    void shouldNameEachReviewStepOnceAndItsProcessApart() throws Exception {
        Map<String, String> reviews = Map.of(
                "registration-review.UserTask_ReviewApplication", "registration.CallActivity_Review",
                "student-id-review.UserTask_ReviewStudentId", "add-student-id.CallActivity_Review");
        for (Map.Entry<String, String> review : reviews.entrySet()) {
            String processKey = review.getKey().substring(0, review.getKey().indexOf('.'));
            String taskKey = review.getKey().substring(processKey.length() + 1);
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String task = messages.getMessage("camundaTask." + taskKey, null, locale);
                assertThat(messages.getMessage("bpmn." + review.getKey(), null, locale)).as("diagram of the review")
                        .isEqualTo(task);
                assertThat(messages.getMessage("bpmn." + review.getValue(), null, locale)).as("call of the review")
                        .isEqualTo(task);
                assertThat(messages.getMessage("camundaProcess." + processKey, null, locale)).as(processKey)
                        .isNotEqualTo(task);
            }
        }
        for (String call : reviews.values()) {
            String callKey = call.substring(0, call.indexOf('.'));
            String calledTask = reviews.entrySet().stream().filter(e -> e.getValue().equals(call)).findFirst()
                    .orElseThrow().getKey();
            assertThat(storedName(callKey, call.substring(callKey.length() + 1))).as("stored names of " + call)
                    .isEqualTo(storedName(calledTask.substring(0, calledTask.indexOf('.')),
                            calledTask.substring(calledTask.indexOf('.') + 1)));
        }
    }

    private static String storedName(String processKey, String elementId) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new PathMatchingResourcePatternResolver()
                .getResource("classpath:processes/" + processKey + ".bpmn").getInputStream());
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (elementId.equals(element.getAttribute("id"))) {
                return element.getAttribute("name");
            }
        }
        throw new AssertionError(elementId + " not in " + processKey);
    }

    /** A process element named without a translation would show as stored in the diagram. */
    @Test
    void shouldTranslateEveryNamedElementOfEveryProcess() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        int named = 0;
        for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn")) {
            Document document = factory.newDocumentBuilder().parse(bpmn.getInputStream());
            Element process = (Element) document.getElementsByTagNameNS(BPMN, "process").item(0);
            NodeList elements = process.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("name") && element.hasAttribute("id")) {
                    String code = "bpmn." + process.getAttribute("id") + "." + element.getAttribute("id");
                    String japanese = messages.getMessage(code, null, null, Locale.JAPANESE);
                    String english = messages.getMessage(code, null, null, Locale.ENGLISH);
                    assertThat(japanese).as(code).isNotNull().isNotEqualTo(english).doesNotContain(" / ");
                    assertThat(english).as(code).isNotNull().doesNotContain(" / ");
                    named++;
                }
            }
        }
        assertThat(named).isGreaterThan(100);
    }

    /** The task's embedded groups or users (HAL also names the links to them so). */
    private static List<JsonNode> embedded(JsonNode task, String name) {
        return task.findValues(name).stream().filter(JsonNode::isArray).toList();
    }

    private JsonNode hal(WebClient client, String url, String language) throws Exception {
        ResponseEntity<String> response = client.get(url,
                Map.of("Accept", "application/hal+json", "Accept-Language", language));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    /** Signed in, with the webapp's page loaded once (its CSRF cookie set). */
    private WebClient signedIn(String user, String password, String webapp) {
        WebClient client = new WebClient(base());
        client.signInAsStaff(user, password);
        client.page("/camunda/app/" + webapp + "/default/");
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
