package jp.shomei.staff;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.context.MessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A process definition's BPMN as a reader sees it in a diagram: the process named from
 * {@code camundaProcess.<key>}, each of its named elements (tasks, events, gateways, flows) from
 * {@code bpmn.<key>.<element id>}. Only the copy sent to the reader changes; the deployment keeps its names.
 */
final class DiagramTranslation {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final MessageSource messages;

    DiagramTranslation(MessageSource messages) {
        this.messages = messages;
    }

    /** The BPMN with its names in the reader's language; as stored if it cannot be read. */
    String translate(String bpmnXml, Locale locale) {
        try {
            Document document = parser().newDocumentBuilder().parse(new InputSource(new StringReader(bpmnXml)));
            NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element process = (Element) processes.item(i);
                String key = process.getAttribute("id");
                rename(process, "camundaProcess." + key, locale);
                NodeList elements = process.getElementsByTagNameNS("*", "*");
                for (int j = 0; j < elements.getLength(); j++) {
                    Element element = (Element) elements.item(j);
                    if (element.hasAttribute("id")) {
                        rename(element, "bpmn." + key + "." + element.getAttribute("id"), locale);
                    }
                }
            }
            StringWriter out = new StringWriter();
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            transformers.newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException unreadable) {
            return bpmnXml;
        }
    }

    private void rename(Element element, String code, Locale locale) {
        if (element.hasAttribute("name")) {
            String name = messages.getMessage(code, null, null, locale);
            if (name != null) {
                element.setAttribute("name", name);
            }
        }
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
