package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.nfe.NfeReading;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads an NF-e XML (layout 4.00, namespace {@value #NAMESPACE}): {@code nfeProc/NFe/infNFe}, or a bare
 * {@code NFe/infNFe}. Safely: the JDK's own StAX parser, with DTDs and external entities off and no resolver that
 * could fetch anything; a DOCTYPE of any kind makes the document unreadable before anything it declares is used,
 * so neither an entity bomb nor an external entity can be expanded. At most {@link #MAX_BYTES}.
 *
 * <p>What it takes is in {@link NfeFields}. A field that is malformed (a CNPJ with wrong check digits, a volume count
 * that is not a number) is left empty; the document is still read. Anything else, a document that is not XML, is
 * cut short, is not an NF-e or is too large, is {@link NfeReading.Unreadable} with a one-line reason: ours, or the
 * parser's words (at most 200 characters), which name elements and entities, not the text of the file.
 */
final class NfeXml {

    static final String NAMESPACE = "http://www.portalfiscal.inf.br/nfe";

    /**
     * 5 MiB. An NF-e is rarely above 100 KiB, even with hundreds of items: fifty times that is room enough, and
     * small enough that a hostile or broken host costs little memory.
     */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final XMLInputFactory FACTORY = safeFactory();

    private NfeXml() {
    }

    static NfeReading read(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            return tooLarge();
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return walk(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return new NfeReading.Unreadable("not well-formed XML" + where(e) + ": " + reason(e));
        } catch (RuntimeException e) {
            // The JDK parser reports some malformations (a broken encoding) as unchecked exceptions.
            return new NfeReading.Unreadable("not well-formed XML: " + e.getClass().getSimpleName());
        }
    }

    static NfeReading.Unreadable tooLarge() {
        return new NfeReading.Unreadable("the NF-e XML is over " + MAX_BYTES / (1024 * 1024) + " MiB; an NF-e is rarely above 100 KiB");
    }

    private static NfeReading walk(XMLStreamReader reader) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        NfeFields fields = new NfeFields();
        StringBuilder text = new StringBuilder();
        boolean rootChecked = false;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION -> {
                    return new NfeReading.Unreadable("the XML declares a DOCTYPE, which an NF-e never has; not read");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!rootChecked) {
                        rootChecked = true;
                        if (!isNfe(reader, "nfeProc") && !isNfe(reader, "NFe")) {
                            return new NfeReading.Unreadable("not an NF-e: the root element is " + reader.getName()
                                    + ", not nfeProc or NFe of " + NAMESPACE);
                        }
                    }
                    path.addLast(NAMESPACE.equals(reader.getNamespaceURI()) ? reader.getLocalName() : "{other}");
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    fields.take(List.copyOf(path), text.toString().strip());
                    path.removeLast();
                    text.setLength(0);
                }
                default -> {
                }
            }
        }
        if (!fields.sawInfNfe()) {
            return new NfeReading.Unreadable("not an NF-e: no NFe/infNFe element");
        }
        NfeDocument document = fields.document();
        return new NfeReading.Read(document);
    }

    private static boolean isNfe(XMLStreamReader reader, String localName) {
        return NAMESPACE.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
    }

    /** The JDK's own parser, whatever else is on the class path; nothing in a document can make it fetch or expand. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never fetched");
        });
        return factory;
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    /** The parser's words, on one line and without its own "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int said = message.indexOf("Message: ");
        String reason = (said >= 0 ? message.substring(said + "Message: ".length()) : message).replaceAll("\\s+", " ").strip();
        return reason.length() <= 200 ? reason : reason.substring(0, 200) + "...";
    }
}
