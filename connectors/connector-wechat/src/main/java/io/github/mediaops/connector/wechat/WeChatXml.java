package io.github.mediaops.connector.wechat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads WeChat push XML with external entities and DOCTYPEs refused (OWASP XXE prevention). */
final class WeChatXml {
    private final Element root;

    private WeChatXml(Element root) {
        this.root = root;
    }

    static Optional<WeChatXml> parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            return "xml".equals(root.getTagName()) ? Optional.of(new WeChatXml(root)) : Optional.empty();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /** The text of the element at a path of child names, e.g. {@code ("PublishEventInfo", "publish_id")}. */
    Optional<String> text(String... path) {
        Element e = root;
        for (String name : path) {
            e = child(e, name);
            if (e == null) {
                return Optional.empty();
            }
        }
        return Optional.of(e.getTextContent().trim());
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && el.getTagName().equals(name)) {
                return el;
            }
        }
        return null;
    }
}
