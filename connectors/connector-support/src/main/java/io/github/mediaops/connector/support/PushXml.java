package io.github.mediaops.connector.support;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML of a webhook push into a small tree (WeChat Official Account, WeCom and the other
 * WeChat-family platforms push {@code <xml>...</xml>} documents), iteratively (a StAX loop with an
 * explicit stack, so no input can exhaust the thread's stack), with DOCTYPEs and external entities
 * refused (OWASP XXE prevention), at most {@value #MAX_DEPTH} levels and {@value #MAX_ELEMENTS}
 * elements. WeChat's own messages are at most five levels deep
 * ({@code xml/PublishEventInfo/article_detail/item/article_url}) with a few dozen elements. The caller
 * caps the input's size before it gets here; {@link WebhookGate#xml} does both and types the refusal.
 *
 * <p>Immutable once read; thread-safe.
 */
public final class PushXml {
    /** The deepest nesting read, the root counting as level 1. */
    public static final int MAX_DEPTH = 16;
    /** The most elements read, the root included. */
    public static final int MAX_ELEMENTS = 1_000;

    private static final XMLInputFactory FACTORY = factory();

    /** Why a body was not read; the message says so without quoting the body. */
    public static final class NotReadable extends Exception {
        private static final long serialVersionUID = 1L;

        NotReadable(String why) {
            super(why, null, false, false);
        }
    }

    private static final class Node {
        final String name;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>(4);

        Node(String name) {
            this.name = name;
        }
    }

    private final Node root;

    private PushXml(Node root) {
        this.root = root;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, not whatever the classpath offers
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    /**
     * Parses a push body, which must be UTF-8 (the WeChat family's only encoding) with the root element
     * {@code <xml>}.
     *
     * @throws NotReadable when it is not UTF-8, not well-formed, has a DOCTYPE or entity reference, is
     *                     deeper or larger than the caps, or has another root
     */
    public static PushXml parse(byte[] xml) throws NotReadable {
        String text;
        try {
            // Decoded here rather than by the parser, which prints malformed UTF-8 to stderr as a "[Fatal Error]".
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(xml)).toString();
        } catch (CharacterCodingException e) {
            throw new NotReadable("not UTF-8");
        }
        return parse(text);
    }

    private static PushXml parse(String xml) throws NotReadable {
        XMLStreamReader r;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
        } catch (XMLStreamException e) {
            throw new NotReadable("not well-formed");
        }
        try {
            return read(r);
        } catch (XMLStreamException e) {
            throw new NotReadable("not well-formed");
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held but the string
            }
        }
    }

    private static PushXml read(XMLStreamReader r) throws XMLStreamException, NotReadable {
        Deque<Node> open = new ArrayDeque<>();
        Node root = null;
        int elements = 0;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.DTD -> throw new NotReadable("DOCTYPE refused");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new NotReadable("entity reference refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > MAX_ELEMENTS) {
                        throw new NotReadable("more than " + MAX_ELEMENTS + " elements");
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new NotReadable("nested deeper than " + MAX_DEPTH + " levels");
                    }
                    Node n = new Node(r.getLocalName());
                    if (open.isEmpty()) {
                        root = n;
                    } else {
                        open.peek().children.add(n);
                    }
                    open.push(n);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                default -> {
                    // comments, processing instructions, document start and end carry nothing WeChat sends
                }
            }
        }
        if (root == null || !root.name.equals("xml")) {
            throw new NotReadable("root element is not <xml>");
        }
        return new PushXml(root);
    }

    /**
     * The trimmed character data directly inside the element at a path of child names, e.g.
     * {@code ("PublishEventInfo", "publish_id")}; for the leaf elements WeChat sends that is all of its text.
     */
    public Optional<String> text(String... path) {
        Node e = root;
        for (String name : path) {
            e = child(e, name);
            if (e == null) {
                return Optional.empty();
            }
        }
        return Optional.of(e.text.toString().trim());
    }

    /**
     * The trimmed character data of every element at a path whose last name repeats, in document order, e.g.
     * {@code ("MemChangeList", "Item")} for WeCom's list of members who joined a group; empty when there is none.
     */
    public List<String> texts(String... path) {
        if (path.length == 0) {
            return List.of(root.text.toString().trim());
        }
        Node e = root;
        for (int i = 0; i < path.length - 1; i++) {
            e = child(e, path[i]);
            if (e == null) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        for (Node n : e.children) {
            if (n.name.equals(path[path.length - 1])) {
                out.add(n.text.toString().trim());
            }
        }
        return List.copyOf(out);
    }

    private static Node child(Node parent, String name) {
        for (Node n : parent.children) {
            if (n.name.equals(name)) {
                return n;
            }
        }
        return null;
    }
}
