package com.onboarding.gateway;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.EventJson;
import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The staff web page in Debian's headless Chromium, driven by Playwright, logging in through the real Keycloak's
 * login form. Screenshots are kept in target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakServer.class)
class WebPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("onboarding.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() throws Exception {
        assertThat(CHROMIUM).as("Chromium is installed by deploy/local/chromium.sh (run by the build)").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        // the driver comes from Maven Central; the browser is Debian's, never a download
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void freshProfile() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US")
                .setTimezoneId("UTC"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        // the realm allows exact web origins only (the local run's); this test's page is on a port of its own
        KeycloakServer.allowWebOrigin("http://localhost:" + RestAssured.port);
        page.onConsoleMessage(message -> System.out.println("[browser " + message.type() + "] " + message.text()));
        page.onPageError(error -> System.out.println("[browser error] " + error));
    }

    @AfterEach
    void closeProfile(TestInfo test) {
        // how the page looked when the test ended: the artifact to look at when one fails
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + "-end.png")));
        context.close();
    }

    @Test
    void staff_log_in_through_keycloak_see_the_checklist_progress_and_retry_a_failed_step() {
        String onboarding = StaffApiTest.signedOnboarding();
        EventBus.send(StepChanged.of(onboarding, "contract.services", "contract-service", StepStatus.FAILED, 3,
                "Autotask answered 503 Service Unavailable after 3 tries"));
        awaitStepStatus(onboarding, "contract.services", "FAILED");

        open("#/onboardings/" + onboarding);
        logIn("stella");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geek Girls IT");
        assertThat(page.locator(".page-head .progress .count")).hasText("2 of " + GatewaySteps.TOTAL + " steps");
        assertThat(page.locator("[data-section='Contract'] .section-progress")).hasText("0 of 5 done");
        Locator failed = page.locator("tr[data-step='contract.services']");
        assertThat(failed.locator(".status")).containsText("Failed");
        assertThat(failed).containsText("Autotask answered 503");
        assertThat(page.getByText("Confirm RMM setup").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-onboarding.png")).setFullPage(true));

        // by keyboard, as any action on the page can be done
        failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry Services on the contract")).focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#toast")).containsText("Retry of “Services on the contract” requested");
        StepRetryRequested retry = EventBus.awaitEvents(StepRetryRequested.class, onboarding, 1).get(0);
        assertThat(retry.step()).isEqualTo("contract.services");
        assertThat(retry.requestedBy()).isEqualTo("stella");

        // the owner retries and succeeds: the page shows it without a reload
        EventBus.send(StepChanged.of(onboarding, "contract.services", "contract-service", StepStatus.DONE, 4, "Services on contract"));
        assertThat(failed.locator(".status")).containsText("Done");
        assertThat(page.locator(".page-head .progress .count")).hasText("3 of " + GatewaySteps.TOTAL + " steps");
        assertThat(failed.getByRole(AriaRole.BUTTON)).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-onboarding-after-retry.png")).setFullPage(true));

        // staff see no operators' section and no replay
        assertThat(page.locator("#nav-operations")).isHidden();
        open("#/operations");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Operations");
        assertThat(page.getByText("The event stream and dead letters are for operators.")).isVisible();
        assertThat(page.locator("#event-stream")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replay"))).hasCount(0);
    }

    @Test
    void staff_confirm_a_step_waiting_for_a_person_with_evidence_and_see_who_confirmed_it() {
        String onboarding = StaffApiTest.signedOnboarding();
        EventBus.send(StepChanged.of(onboarding, "reports.autotask", "reporting-service", StepStatus.WAITING_FOR_PERSON, 1,
                "Autotask ticket 9001 asks a technician to set up the schedule"));
        awaitStepStatus(onboarding, "reports.autotask", "WAITING_FOR_PERSON");

        open("#/onboardings/" + onboarding);
        logIn("stella");

        Locator waiting = page.locator("tr[data-step='reports.autotask']");
        assertThat(waiting.locator(".instruction")).containsText("Schedule the Autotask live report");
        assertThat(waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry Autotask live report"))).hasCount(0);
        assertThat(waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skip Autotask live report"))).hasCount(0);
        assertThat(page.locator("tr[data-step='contract.recurring']").getByRole(AriaRole.BUTTON)).hasCount(0);
        waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm Autotask live report with evidence")).click();

        Locator form = page.locator("tr[data-form-for='reports.autotask'] form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(form.locator(".form-error")).containsText("Give the ticket number, a note saying what was done, or both.");
        form.getByLabel("Ticket number").fill("12345");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(form.locator(".form-error")).containsText("is not an Autotask ticket number");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-confirm-refused.png")).setFullPage(true));

        form.getByLabel("Ticket number").fill("T20261201.0042");
        form.getByLabel("Note").fill("Live report scheduled for the 1st of each month");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator("#toast")).containsText("“Autotask live report” confirmed");

        StepConfirmed confirmed = EventBus.awaitEvents(StepConfirmed.class, onboarding, 1).get(0);
        assertThat(confirmed.step()).isEqualTo("reports.autotask");
        assertThat(confirmed.confirmedBy()).isEqualTo("stella");
        assertThat(confirmed.ticketNumber()).isEqualTo("T20261201.0042");
        assertThat(confirmed.note()).isEqualTo("Live report scheduled for the 1st of each month");
        Locator confirmation = page.locator(".person-actions tr[data-action='confirm-step']");
        assertThat(confirmation).containsText("stella");
        assertThat(confirmation).containsText("ticket T20261201.0042");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-confirmed.png")).setFullPage(true));

        // the RMM setup needs the date the service actually began: nothing is filled in for the person
        assertThat(page.locator("#rmm-date")).hasValue("");
    }

    @Test
    void an_operator_sees_the_event_stream_and_dead_letters_but_no_staff_actions() {
        String onboarding = StaffApiTest.signedOnboarding();

        open("#/operations");
        logIn("oscar");

        assertThat(page.locator("#nav-operations")).isVisible();
        assertThat(page.locator("#event-stream h2")).containsText("Live event stream");
        assertThat(page.locator("#dead-letters h2")).hasText("Dead letters");
        assertThat(page.locator("#stream-state")).not().hasText("Connecting…");
        if ("live".equals(page.locator("#stream-state").getAttribute("data-state"))) {
            // where the gateway has the operators' stream: an event published now appears in it
            EventBus.send(StepChanged.of(onboarding, "contract.recurring", "contract-service", StepStatus.RUNNING, 1, null));
            assertThat(page.locator("#event-stream tbody tr").filter(new Locator.FilterOptions().setHasText(onboarding)).first())
                    .containsText("StepChanged");

            // and a dead letter is listed with its reason and replayed with one click
            String poisoned = "dead-" + UUID.randomUUID();
            EventBus.sendRaw(Topics.deadLetter("web-page-test"), poisoned,
                    EventJson.write(GoLiveDateSet.of(poisoned, LocalDate.of(2026, 12, 20), "stella")),
                    Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "com.onboarding.GoLiveDateSet", "ce_specversion", "1.0",
                            "ce_source", "/tests", "dead-letter-topic", Topics.GO_LIVE_DATE_SET, "dead-letter-reason", "Database unavailable"));
            page.locator("#dead-letters").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refresh")).click();
            Locator letter = page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(poisoned));
            assertThat(letter).containsText("Database unavailable");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("operator-dead-letter.png")).setFullPage(true));
            letter.getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(poisoned)))
                    .containsText("Replayed");
        } else {
            // before the gateway has the operators' endpoints, the page says so instead of failing
            assertThat(page.locator("#stream-state")).containsText("Not available");
            assertThat(page.locator("#dead-letters")).containsText("not available");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("operator-operations.png")).setFullPage(true));

        open("#/onboardings/" + onboarding);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geek Girls IT");
        assertThat(page.locator("tr[data-step='intake.envelope'] .status")).containsText("Done");
        assertThat(page.getByText("Confirm RMM setup")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry"))).hasCount(0);
    }

    @Test
    void staff_complete_the_missing_terms_of_an_agreement_and_the_contract_is_handed_on() {
        String envelope = UUID.randomUUID().toString();
        Map<String, String> fields = IntakeTest.fields("Geek Girls IT");
        fields.remove("SetupFee");
        fields.remove("Platforms");
        String body = Envelopes.completed(envelope, fields);
        assertThat(IntakeTest.post(body, IntakeTest.sign(body, IntakeTest.KEY))).isEqualTo(200);
        EventBus.awaitStep(envelope, GatewaySteps.ENVELOPE, StepStatus.NEEDS_ATTENTION);

        open("#/onboardings/" + envelope);
        logIn("stella");

        assertThat(page.locator(".notice.warn")).containsText("SetupFee is missing");
        assertThat(page.locator("tr[data-step='intake.envelope'] .status")).containsText("Needs attention");
        Locator form = page.locator("#terms-action");
        assertThat(form).isVisible();
        Map<String, String> missing = Map.of("SetupFee", "249.50", "Platforms", "Both");
        Locator rows = form.locator(".terms-row");
        assertThat(rows).hasCount(2); // one per missing field, already named
        for (int i = 0; i < rows.count(); i++) {
            Locator inputs = rows.nth(i).locator("input");
            inputs.nth(1).fill(missing.get(inputs.nth(0).inputValue()));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-missing-terms.png")).setFullPage(true));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save terms")).click();

        assertThat(page.locator("#toast")).containsText("Terms saved");
        assertThat(EventBus.awaitEvents(ContractSigned.class, envelope, 1).get(0).terms().setupFee()).isEqualByComparingTo("249.50");
        assertThat(page.locator("tr[data-step='intake.envelope'] .status")).containsText("Done");
        assertThat(page.locator(".notice.warn")).hasCount(0);
        assertThat(form).isHidden();
    }

    @Test
    void the_board_lists_onboardings_newest_first_filters_by_customer_and_logs_out() {
        String onboarding = StaffApiTest.signedOnboarding();

        open("");
        logIn("stella");

        Locator row = page.locator("tr[data-onboarding='" + onboarding + "']");
        assertThat(row).containsText("Geek Girls IT");
        assertThat(row).containsText("Tier 2 RMM (workstation)");
        assertThat(row.locator(".status")).containsText("In progress");
        assertThat(page.locator("tbody tr").first()).hasAttribute("data-onboarding", onboarding);
        page.getByLabel("Customer").fill("no such customer");
        assertThat(page.getByText("No onboarding matches these filters.")).isVisible();
        page.getByLabel("Customer").fill("geek");
        assertThat(row).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-board.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page.locator("#username")).isVisible(); // back at Keycloak's login form
    }

    @Test
    void staff_page_and_search_the_board_work_the_needs_me_queue_open_a_record_and_read_the_customers_history() {
        String onboarding = StaffApiTest.signedOnboarding();
        String batch = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        List<String> seeded = seedOnboardings(batch, 30);
        EventBus.send(StepChanged.of(onboarding, "contract.setup-fee", "contract-service", StepStatus.NEEDS_ATTENTION, 1,
                "The setup fee charge 555 on contract 29684001 is 100.00, not 249.50. Correct the charge in Autotask, then retry this step."));
        awaitStepStatus(onboarding, "contract.setup-fee", "NEEDS_ATTENTION");
        given().auth().oauth2(KeycloakServer.token("stella")).post("/api/onboardings/" + onboarding + "/steps/contract.setup-fee/retry")
                .then().statusCode(202);
        EventBus.send(StepChanged.of(onboarding, "contract.setup-fee", "contract-service", StepStatus.NEEDS_ATTENTION, 2,
                "The setup fee charge 555 on contract 29684001 is 100.00, not 249.50. Correct the charge in Autotask, then retry this step."));
        context.route("https://ww1.autotask.net/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<title>Autotask contract</title>")));

        open("");
        logIn("stella");

        // paging and search: the gateway answers one page of the matches and says how many there are
        page.getByLabel("Search", EXACT).fill(batch);
        assertThat(page.locator("#board-summary")).containsText("30 onboardings");
        assertThat(page.locator("table.board tbody tr")).hasCount(25);
        assertThat(page.locator("#page-position")).hasText("Page 1 of 2");
        assertThat(page.locator("tbody tr").first()).hasAttribute("data-onboarding", seeded.get(29)); // newest first
        page.locator("#page-next").click();
        assertThat(page.locator("#page-position")).hasText("Page 2 of 2");
        assertThat(page.locator("table.board tbody tr")).hasCount(5);
        assertThat(page.locator("tbody tr").last()).hasAttribute("data-onboarding", seeded.get(0));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-board-page-2.png")).setFullPage(true));
        page.getByLabel("Search", EXACT).fill("contact-7@" + batch.toLowerCase().replace(' ', '-'));
        assertThat(page.locator("table.board tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr").first()).hasAttribute("data-onboarding", seeded.get(7));
        page.getByLabel("Search", EXACT).fill(onboarding.substring(0, 13));
        assertThat(page.locator("tr[data-onboarding='" + onboarding + "']")).isVisible();
        page.getByLabel("Needs attention", EXACT).check();
        assertThat(page.locator("table.board tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-onboarding='" + onboarding + "'] .status")).containsText("Needs attention");

        // needs me: the step, how long it has waited, the action and who it is for
        page.locator("#nav-needs-me").click();
        Locator waiting = page.locator("tr[data-onboarding='" + onboarding + "'][data-step='contract.setup-fee']");
        assertThat(waiting).containsText("Geek Girls IT");
        assertThat(waiting.locator(".action-needed")).containsText("Fix what the message says, then retry");
        assertThat(waiting.locator(".assignee")).hasText("Office staff");
        assertThat(waiting.locator(".age")).not().isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-needs-me.png")).setFullPage(true));

        // the checklist links the Autotask contract the step names, and the link opens that record
        waiting.getByRole(AriaRole.LINK).first().click();
        Locator feeRow = page.locator("tr[data-step='contract.setup-fee']");
        assertThat(feeRow.locator("td.age")).not().isEmpty();
        Locator contract = feeRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Autotask contract 29684001"));
        String expected = "https://ww1.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenContract&ContractID=29684001";
        assertThat(contract).hasAttribute("href", expected);
        Page record = page.waitForPopup(contract::click);
        record.waitForLoadState();
        assertThat(record.url()).isEqualTo(expected);
        record.close();
        assertThat(page.locator("tr[data-step='intake.envelope'] .links a")).hasAttribute("href",
                "https://app.docusign.com/documents/details/" + onboarding);

        // the customer's history: its onboardings, T&C record and the audit trail, filterable
        page.locator("#customer-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geek Girls IT");
        assertThat(page.locator("#customer-terms")).containsText("On file");
        assertThat(page.locator("#customer-onboardings tr[data-onboarding='" + onboarding + "']")).isVisible();
        assertThat(page.locator("#customer-audit tr[data-action='retry-step']").first()).containsText("stella");
        page.getByLabel("Filter", EXACT).fill("no such action anywhere");
        assertThat(page.getByText("No audit entry matches.")).isVisible();
        page.getByLabel("Filter", EXACT).fill("retry");
        assertThat(page.locator("#customer-audit tr[data-action='retry-step']").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-customer.png")).setFullPage(true));
    }

    /** Onboardings stored as the gateway keeps them, oldest first, a minute apart, each with one contact e-mail. */
    private static List<String> seedOnboardings(String customer, int count) {
        List<String> ids = new java.util.ArrayList<>();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().minusDays(2);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                com.onboarding.gateway.onboarding.Onboarding o = new com.onboarding.gateway.onboarding.Onboarding();
                o.id = UUID.randomUUID().toString();
                o.accountName = customer + " " + i;
                o.source = "docusign";
                o.createdAt = start.plusMinutes(i);
                o.emails = "contact-" + i + "@" + customer.toLowerCase().replace(' ', '-') + ".example";
                o.summarised = true;
                o.persist();
                ids.add(o.id);
            }
        });
        return ids;
    }

    private void open(String route) {
        page.navigate("http://localhost:" + RestAssured.port + "/" + route);
    }

    /** Keycloak's own login form, as a person fills it in (the realm's users have their name as password). */
    private void logIn(String user) {
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        assertThat(page.locator("#user")).containsText(user);
    }

    private static void awaitStepStatus(String onboarding, String step, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(KeycloakServer.token("stella"))
                .get("/api/onboardings/" + onboarding).then().extract().path("checklist.find { it.step == '" + step + "' }.status")));
    }
}
