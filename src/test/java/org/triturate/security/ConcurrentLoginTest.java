package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/** The lockout holds when the attempts for one username arrive all at once. */
@QuarkusTest
class ConcurrentLoginTest {

    private static final int ATTEMPTS = 40;
    private static final int MAX_FAILURES = 5;

    private static Callable<Integer> login(String username, String password) {
        return () -> given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .statusCode();
    }

    private static Map<Integer, Long> atOnce(List<Callable<Integer>> logins) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(logins.size());
        try {
            List<Future<Integer>> answers = pool.invokeAll(logins);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fortyWrongPasswordsAtOnceCheckNoMoreThanFiveThenLock() throws Exception {
        String username = Api.createUser("TECHNICIAN");
        Map<Integer, Long> statuses = atOnce(IntStream.range(0, ATTEMPTS)
                .mapToObj(i -> login(username, "wrong password " + i))
                .toList());
        assertEquals(
                Map.of(401, (long) MAX_FAILURES, 429, (long) (ATTEMPTS - MAX_FAILURES)), statuses, statuses::toString);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(429);
    }

    @Test
    void wrongAndRightPasswordsAtOnceNeverFail() throws Exception {
        String username = Api.createUser("TECHNICIAN");
        List<Callable<Integer>> logins = new ArrayList<>();
        IntStream.range(0, ATTEMPTS - 1).forEach(i -> logins.add(login(username, "wrong password " + i)));
        logins.add(ATTEMPTS / 2, login(username, Api.PASSWORD));
        Map<Integer, Long> statuses = atOnce(logins);
        assertTrue(List.of(200, 401, 429).containsAll(statuses.keySet()), statuses::toString);
    }
}
