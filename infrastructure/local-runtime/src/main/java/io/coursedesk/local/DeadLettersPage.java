package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.bus.DeadLetter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /local/dead-letters}: what the local bus gave up on, as a page for people or JSON when asked. */
final class DeadLettersPage implements HttpHandler {

    private final Supplier<List<DeadLetter>> deadLetters;
    private final ObjectMapper json;

    DeadLettersPage(Supplier<List<DeadLetter>> deadLetters, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            ApiGatewayResponse.writeProblem(exchange, 405, "Method Not Allowed", "Only GET is supported");
            return;
        }
        List<DeadLetter> letters = deadLetters.get();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && accept.contains("application/json")) {
            ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(asJson(letters))).writeTo(exchange);
            return;
        }
        ApiGatewayResponse.of(200, "text/html; charset=utf-8", html(letters).getBytes(StandardCharsets.UTF_8))
                .writeTo(exchange);
    }

    private ArrayNode asJson(List<DeadLetter> letters) throws IOException {
        ArrayNode list = json.createArrayNode();
        for (DeadLetter letter : letters) {
            list.addObject().put("at", letter.at().toString()).put("rule", letter.rule())
                    .put("functionId", letter.functionId()).put("shape", letter.shape().name())
                    .put("queue", letter.queue()).put("attempts", letter.attempts())
                    .put("lastError", letter.lastError()).set("event", json.readTree(letter.envelopeJson()));
        }
        return list;
    }

    private static String html(List<DeadLetter> letters) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>Niet afgeleverde events</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}
                pre{white-space:pre-wrap;max-width:60em;margin:0}</style></head><body>
                <h1>Niet afgeleverde events</h1>
                """);
        if (letters.isEmpty()) {
            page.append("<p>Geen: elk event is afgeleverd.</p>");
        } else {
            page.append("<table><tr><th>Tijdstip</th><th>Regel</th><th>Functie</th><th>Vorm in de wachtrij</th>"
                    + "<th>Pogingen</th><th>Laatste fout</th><th>Event</th></tr>");
            for (DeadLetter letter : letters) {
                page.append("<tr><td>").append(escape(String.valueOf(letter.at())))
                        .append("</td><td>").append(escape(letter.rule()))
                        .append("</td><td>").append(escape(letter.functionId()))
                        .append("</td><td>").append(shapeName(letter.shape())).append(" (")
                        .append(escape(letter.queue())).append(")")
                        .append("</td><td>").append(letter.attempts())
                        .append("</td><td>").append(escape(letter.lastError()))
                        .append("</td><td><pre>").append(escape(letter.envelopeJson())).append("</pre></td></tr>");
            }
            page.append("</table>");
        }
        return page.append("</body></html>").toString();
    }

    private static String shapeName(DeadLetter.Shape shape) {
        return switch (shape) {
            case EVENTBRIDGE_EVENT -> "event van EventBridge (doel niet aan te roepen)";
            case LAMBDA_FAILURE_RECORD -> "foutverslag van Lambda (functie bleef falen)";
        };
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
