package io.coursedesk.bench.empty;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/** The only route of the empty function: the cold-start floor the real functions are measured against. */
@Controller
public class PingController {

    @Get("/ping")
    public Map<String, String> ping() {
        return Map.of("status", "pong");
    }
}
