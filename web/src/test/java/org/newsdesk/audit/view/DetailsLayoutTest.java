package org.newsdesk.audit.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailsLayoutTest {

    @Test
    void detailsAreLaidOutKeyByKeyWithListsJoined() {
        List<Map.Entry<String, String>> fields = DetailsLayout.fields(
                "{\"revision\":3,\"note\":\"Titel „neu“\",\"roles\":[\"EDITOR\",\"ADMIN\"],\"demo\":true}");
        assertEquals(4, fields.size());
        assertEquals(Map.entry("revision", "3"), fields.get(0));
        assertEquals(Map.entry("note", "Titel „neu“"), fields.get(1));
        assertEquals(Map.entry("roles", "EDITOR, ADMIN"), fields.get(2));
        assertEquals(Map.entry("demo", "true"), fields.get(3));
    }

    @Test
    void prettyJsonIsIndentedAndBrokenJsonStillShown() {
        assertTrue(DetailsLayout.pretty("{\"a\":{\"b\":1}}").contains("\n"));
        assertEquals(List.of(Map.entry("text", "not json")), DetailsLayout.fields("not json"));
    }
}
