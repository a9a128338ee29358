package com.onboarding.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.clients.graph.DriveItem;
import com.onboarding.clients.graph.ETagMismatch;
import com.onboarding.clients.graph.FileContent;
import com.onboarding.clients.graph.GraphClient;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared GraphClient against the sandbox's Graph: folders, and the file methods documentation-service uses. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(RecipientsDatabase.class)
class GraphFilesTest {

    @Inject
    GraphClient graph;

    String drive;

    @BeforeEach
    void drive() {
        drive = graph.driveId(graph.siteId("geekgirlsit.sharepoint.com", "sites/ITTeam"), "Documents");
    }

    @Test
    void a_file_is_downloaded_with_its_etag_and_uploaded_with_if_match() {
        String path = "List of MSA and Hosted Services Customers " + UUID.randomUUID() + ".docx";
        Sandbox.call("POST", "/sandbox/graph/files", Map.of("path", path, "content", "version one"));

        FileContent file = graph.download(drive, path);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("version one");

        String newETag = graph.upload(drive, path, "version two".getBytes(StandardCharsets.UTF_8), file.eTag());
        assertThat(newETag).isNotEqualTo(file.eTag());
        assertThat(new String(graph.download(drive, path).content(), StandardCharsets.UTF_8)).isEqualTo("version two");

        assertThatThrownBy(() -> graph.upload(drive, path, "stale".getBytes(StandardCharsets.UTF_8), file.eTag()))
                .isInstanceOf(ETagMismatch.class);
    }

    @Test
    void a_file_a_person_edited_meanwhile_is_not_overwritten() {
        String path = "Shared/edited " + UUID.randomUUID() + ".docx";
        Sandbox.call("POST", "/sandbox/graph/files", Map.of("path", path, "content", "mine"));
        FileContent read = graph.download(drive, path);
        Sandbox.call("POST", "/sandbox/graph/files", Map.of("path", path, "content", "a person's edit"));

        assertThatThrownBy(() -> graph.upload(drive, path, "my edit".getBytes(StandardCharsets.UTF_8), read.eTag()))
                .isInstanceOf(ETagMismatch.class).satisfies(e -> assertThat(((ETagMismatch) e).status()).isEqualTo(412));
        JsonNode item = Sandbox.call("GET", "/sandbox/graph/item?path=" + path.replace(" ", "%20"), null);
        assertThat(new String(java.util.Base64.getDecoder().decode(item.get("contentBase64").asText()), StandardCharsets.UTF_8))
                .isEqualTo("a person's edit");
    }

    @Test
    void ensuring_a_folder_twice_creates_it_once() {
        String path = "client paper work, reports and proposals/Twice " + UUID.randomUUID();
        DriveItem first = graph.ensureFolder(drive, path);
        DriveItem second = graph.ensureFolder(drive, path);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(Sandbox.record("graph").stream().filter(e -> e.get("target").asText().endsWith(path))).hasSize(1);
    }

    @Test
    void a_throttled_download_is_retried_after_retry_after() {
        String path = "throttled " + UUID.randomUUID() + ".docx";
        Sandbox.call("POST", "/sandbox/graph/files", Map.of("path", path, "content", "x"));
        Sandbox.fault(Map.of("pathContains", "/content", "method", "GET", "status", 429, "retryAfterSeconds", 1, "times", 2));
        assertThat(graph.download(drive, path).content()).hasSize(1);
    }

    @Test
    void an_item_that_does_not_exist_is_empty() {
        assertThat(graph.itemByPath(drive, "nothing here " + UUID.randomUUID())).isEmpty();
    }
}
