package org.newsdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input everywhere, as a hostile client sends it: malformed and deeply nested JSON, wrong types, huge bodies,
 * invalid UTF-8, NUL bytes, SQL meta-characters in every filter. Never a 500, never a stack trace or parser text,
 * always problem+json, and nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 404, 409, 413, 415, 422, 428);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static void assertRefusedCleanly(Api.Reply reply, String what) {
        assertTrue(CLIENT_ERRORS.contains(reply.status()), what + ": " + reply.status() + " " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), what + ": " + reply);
        String body = reply.body();
        for (String leak : List.of("Exception", "at org.", "at java.", "jakarta.", "Yasson", "Parsson",
                "JsonParsing", "SQL", "org.hibernate", "line ", "column ")) {
            assertFalse(body.contains(leak), what + " leaks '" + leak + "': " + body);
        }
    }

    private static long events() {
        return Ledger.verify().getJsonNumber("events").longValue();
    }

    private static Api.Reply postBytes(Api api, String path, byte[] body) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void malformedDeepAndWronglyTypedJsonIsRefusedAndWritesNothing() {
        Api reporter = Api.demo("reporter");
        long before = events();
        String[] bodies = {
            "{", "}", "[]", "null", "\"text\"", "{\"headline\":}", "{\"headline\":\"a\",}", "{'headline':'a'}",
            "[[[[[[[[[[]]]]]]]]]]", "{\"headline\":[[[\"x\"]]],\"language\":\"de\"}",
            "{\"headline\":{\"a\":1},\"language\":\"de\"}", "{\"headline\":\"a\",\"language\":true}",
            "{\"headline\":\"a\",\"language\":\"de\",\"tags\":\"not a list\"}",
            "{\"headline\":\"a\",\"language\":\"de\",\"embargo\":\"tomorrow\"}",
            "{\"headline\":\"a\",\"language\":\"xx\"}", "{\"headline\":\"" + "x".repeat(301) + "\",\"language\":\"de\"}",
            "{\"headline\":\"a\",\"language\":\"de\",\"bodyText\":\"x\",\"bodyHtml\":\"<p>y</p>\"}",
        };
        for (String body : bodies) {
            String what = body.length() > 60 ? body.substring(0, 60) + "…(" + body.length() + ")" : body;
            assertRefusedCleanly(reporter.post("api/stories", body), what);
        }
        // thousands of levels: refused while reading, before the parser's recursion (a dropped connection before)
        String[] deep = {"[".repeat(100_000), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
            "{\"headline\":\"a\",\"language\":\"de\",\"tags\":" + "[".repeat(65) + "]".repeat(65) + "}"};
        for (String body : deep) {
            Api.Reply reply = reporter.post("api/stories", body);
            assertEquals(400, reply.status(), reply.toString());
            assertRefusedCleanly(reply, "nested " + body.length());
            assertTrue(reply.json().getString("detail").contains("nested deeper than 64"), reply.toString());
        }
        for (String path : List.of("api/users", "api/me/tokens", "api/claims")) {
            assertRefusedCleanly(Api.demo("admin").post(path, "[[[["), path);
        }
        assertRefusedCleanly(reporter.put("api/me/password", "{\"current\":[1],\"new\":{}}"), "password types");
        assertEquals(before, events(), "nothing written");
    }

    @Test
    void hugeBodiesAre413WithoutBeingRead() {
        Api reporter = Api.demo("reporter");
        long before = events();
        byte[] tenMegabytes = ("{\"headline\":\"" + "x".repeat(10 * 1024 * 1024) + "\",\"language\":\"de\"}")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply reply = postBytes(reporter, "api/stories", tenMegabytes);
        assertEquals(413, reply.status(), reply.toString());
        assertRefusedCleanly(reply, "10 MB");
        // the same without a declared length (chunked): counted while the JSON binding reads it, still a 413
        byte[] overLimit = ("{\"headline\":\"" + "x".repeat(1_700_000) + "\",\"language\":\"de\"}")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply chunked = reporter.send(reporter.request("api/stories").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(overLimit))));
        assertEquals(413, chunked.status(), chunked.toString());
        assertRefusedCleanly(chunked, "1.7 MB chunked");
        assertEquals(before, events(), "nothing written");
    }

    @Test
    void invalidUtf8AndNulBytesNeverBreakAnything() {
        Api reporter = Api.demo("reporter");
        byte[] invalid = {'{', '"', 'h', 'e', 'a', 'd', 'l', 'i', 'n', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
            (byte) 0xFF, '"', ',', '"', 'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', '"', ':', '"', 'd', 'e', '"', '}'};
        Api.Reply broken = postBytes(reporter, "api/stories", invalid);
        assertTrue(broken.status() == 400 || broken.status() == 201, "invalid UTF-8: " + broken);
        if (broken.status() == 201) {
            assertFalse(broken.json().getString("headline").contains("\u0000"), broken.toString());
        } else {
            assertRefusedCleanly(broken, "invalid UTF-8");
        }
        Api.Reply nul = reporter.post("api/stories",
                "{\"headline\":\"Null\\u0000byte\",\"language\":\"de\",\"bodyText\":\"A\\u0000B\"}");
        assertEquals(201, nul.status(), nul.toString());
        assertEquals("Nullbyte", nul.json().getString("headline"), "control characters are removed on input");
        assertEquals("AB", nul.json().getString("bodyText"));
        Api.Reply rawNul = postBytes(reporter, "api/stories", new byte[] {'{', 0, 0, '}'});
        assertRefusedCleanly(rawNul, "raw NUL bytes");
    }

    @Test
    void sqlMetaCharactersInEveryFilterAreJustText() {
        List<String> values = List.of("' OR '1'='1", "'; drop table story; --", "%", "_", "\\", "\\%'", "\u0000",
                "𝕏\u202E", "x".repeat(1_000), ")", "*:*", "a & b | !c", "$1", "?", "--");
        List<String> filters = List.of("api/stories?q=", "api/stories?desk=", "api/stories?state=",
                "api/stories?language=", "api/stories?assignee=", "api/stories?page=", "api/stories?size=",
                "api/audit?q=", "api/audit?actor=", "api/audit?action=", "api/audit?story=", "api/audit?from=",
                "api/audit?to=", "api/audit?before=", "api/audit?size=", "api/audit/export.csv?q=",
                "api/users?q=", "api/notifications?unread=", "api/published?since=");
        long before = events();
        long all = Api.demo("editor").get("api/stories?size=1").json().getJsonNumber("total").longValue();
        for (String filter : filters) {
            Api api = filter.startsWith("api/users") ? Api.demo("admin") : Api.demo("editor");
            for (String value : values) {
                Api.Reply reply = api.get(filter + URLEncoder.encode(value, StandardCharsets.UTF_8));
                String what = filter + value.substring(0, Math.min(20, value.length()));
                if (reply.status() == 200) {
                    if (filter.equals("api/stories?q=") && value.contains("'")) {
                        assertTrue(reply.json().getJsonNumber("total").longValue() < all || all == 0,
                                "a quote is text, not a way around the filter: " + what);
                    }
                } else {
                    assertRefusedCleanly(reply, what);
                }
            }
        }
        assertEquals(before, events(), "nothing written");
    }
}
