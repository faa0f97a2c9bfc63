package org.triturate.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The convention of changelog 016: a changeset that changes rows of the catalog the order rules read also raises
 * {@code reference_data_version}, or the running instances keep judging with the catalog as it was.
 */
class ReferenceDataChangesetTest {

    private static final Set<String> CATALOG_TABLES =
            Set.of("ingredient", "commercial_product", "compatibility_evidence");
    private static final Set<String> ROW_CHANGES = Set.of("insert", "update", "delete", "loadData", "loadUpdateData");
    private static final String VERSION_TABLE = "reference_data_version";
    private static final int FIRST_WITH_VERSION = 16;

    /** A changeset of the master changelog, with the number of the file it is in. */
    private record ChangeSet(int fileNumber, Element element) {

        String id() {
            return element.getAttribute("id");
        }
    }

    @Test
    void everyChangesetSinceTheVersionExistsRaisesItWhenItChangesTheCatalog() throws Exception {
        List<String> silent = new ArrayList<>();
        for (ChangeSet changeSet : changeSets()) {
            if (changeSet.fileNumber() >= FIRST_WITH_VERSION
                    && changesCatalogRows(changeSet.element())
                    && !mentionsVersion(changeSet.element())) {
                silent.add(changeSet.id());
            }
        }
        assertEquals(List.of(), silent, "changesets that change the catalog without raising " + VERSION_TABLE);
    }

    /** Guards the check above: it recognises the catalog changes shipped before the version existed. */
    @Test
    void theShippedCatalogChangesetsAreRecognised() throws Exception {
        List<String> catalogChanges = changeSets().stream()
                .filter(changeSet -> changesCatalogRows(changeSet.element()))
                .map(ChangeSet::id)
                .toList();
        assertTrue(
                catalogChanges.containsAll(List.of(
                        "002-reference-ingredients",
                        "002-reference-products",
                        "008-sourced-salt-factors-and-maximum-doses",
                        "008-missing-marketed-products")),
                catalogChanges.toString());
        assertTrue(
                changeSets().stream()
                        .anyMatch(changeSet -> changeSet.id().equals("016-reference-data-version")
                                && mentionsVersion(changeSet.element())),
                "changeset 016 sets the version");
    }

    private static boolean changesCatalogRows(Element changeSet) {
        for (Element change : descendants(changeSet)) {
            String table = change.getAttribute("tableName").toLowerCase(Locale.ROOT);
            if (ROW_CHANGES.contains(change.getLocalName()) && CATALOG_TABLES.contains(table)) {
                return true;
            }
            if (change.getLocalName().equals("sql") && sqlChangesCatalog(change.getTextContent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sqlChangesCatalog(String sql) {
        String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return CATALOG_TABLES.stream()
                .anyMatch(table -> text.contains("insert into " + table + " ")
                        || text.contains("insert into " + table + "(")
                        || text.contains("update " + table + " ")
                        || text.contains("delete from " + table + " ")
                        || text.contains("delete from " + table + ";"));
    }

    private static boolean mentionsVersion(Element changeSet) {
        return descendants(changeSet).stream()
                .anyMatch(change -> change.getAttribute("tableName").equals(VERSION_TABLE)
                        || (change.getLocalName().equals("sql")
                                && change.getTextContent()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(VERSION_TABLE)));
    }

    private static List<ChangeSet> changeSets() throws Exception {
        List<ChangeSet> found = new ArrayList<>();
        for (Element include : children(parse("db/changeLog.xml").getDocumentElement(), "include")) {
            String file = include.getAttribute("file");
            String name = file.substring(file.lastIndexOf('/') + 1);
            int number = Integer.parseInt(name.substring(0, name.indexOf('-')));
            for (Element changeSet : children(parse(file).getDocumentElement(), "changeSet")) {
                found.add(new ChangeSet(number, changeSet));
            }
        }
        return found;
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = ReferenceDataChangesetTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && child.getLocalName().equals(localName)) {
                found.add(child);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            found.add((Element) node);
        }
        return found;
    }
}
