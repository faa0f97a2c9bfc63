package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

@QuarkusTest
class SmokeTest {

    @Test
    void adminCanReadItself() {
        Api.as(Api.adminToken()).get("/api/v1/users/me").then().log().all().statusCode(200)
                .body("username", equalTo("admin"));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().log().all().statusCode(200);
    }
}
