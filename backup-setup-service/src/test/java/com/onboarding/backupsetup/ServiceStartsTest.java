package com.onboarding.backupsetup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
class ServiceStartsTest {

    /** The management interface (its own port): the only place /q/* answers. */
    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @Test
    void is_ready_and_exposes_metrics_and_openapi() {
        given().when().get(management() + "/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().when().get(management() + "/q/metrics").then().statusCode(200);
        given().when().get(management() + "/q/openapi").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    /** The management interface's origin (its root path may be /q already). */
    String management() {
        return managementRoot.getProtocol() + "://" + managementRoot.getAuthority();
    }
}
