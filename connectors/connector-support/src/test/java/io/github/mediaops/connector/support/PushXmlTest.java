package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushXmlTest {
    private static PushXml parse(String xml) throws PushXml.NotReadable {
        return PushXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_leaf_text_by_path_with_cdata_and_trimmed() throws Exception {
        PushXml xml = parse("<xml><MsgType><![CDATA[event]]></MsgType><PublishEventInfo><publish_id> 2247503051 </publish_id>"
                + "</PublishEventInfo></xml>");
        assertThat(xml.text("MsgType")).contains("event");
        assertThat(xml.text("PublishEventInfo", "publish_id")).contains("2247503051");
        assertThat(xml.text("PublishEventInfo", "article_id")).isEmpty();
        assertThat(xml.text("Missing", "publish_id")).isEmpty();
    }

    @Test
    void reads_every_repeated_element_in_document_order() throws Exception {
        PushXml xml = parse("<xml><MemChangeList><Item><![CDATA[Jack]]></Item><Other>x</Other><Item> Rose </Item></MemChangeList></xml>");
        assertThat(xml.texts("MemChangeList", "Item")).containsExactly("Jack", "Rose");
        assertThat(xml.texts("MemChangeList", "Missing")).isEmpty();
        assertThat(xml.texts("Missing", "Item")).isEmpty();
    }

    @Test
    void refuses_doctype_another_root_and_broken_utf8() {
        assertThatThrownBy(() -> parse("<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>"))
                .isInstanceOf(PushXml.NotReadable.class);
        assertThatThrownBy(() -> parse("<root><a>1</a></root>")).isInstanceOf(PushXml.NotReadable.class)
                .hasMessageContaining("<xml>");
        assertThatThrownBy(() -> PushXml.parse(new byte[] {'<', 'x', 'm', 'l', '>', (byte) 0xC3, '<', '/', 'x', 'm', 'l', '>'}))
                .isInstanceOf(PushXml.NotReadable.class).hasMessageContaining("UTF-8");
    }

    @Test
    void caps_depth_and_elements() throws Exception {
        String deepest = "<a>".repeat(PushXml.MAX_DEPTH - 1) + "</a>".repeat(PushXml.MAX_DEPTH - 1);
        assertThat(parse("<xml>" + deepest + "</xml>").text("a")).isPresent();
        assertThatThrownBy(() -> parse("<xml><b>" + deepest + "</b></xml>")).isInstanceOf(PushXml.NotReadable.class)
                .hasMessageContaining("nested deeper than " + PushXml.MAX_DEPTH);
        assertThat(parse("<xml>" + "<i/>".repeat(PushXml.MAX_ELEMENTS - 1) + "</xml>").text("i")).contains("");
        assertThatThrownBy(() -> parse("<xml>" + "<i/>".repeat(PushXml.MAX_ELEMENTS) + "</xml>"))
                .isInstanceOf(PushXml.NotReadable.class).hasMessageContaining("more than " + PushXml.MAX_ELEMENTS);
    }
}
