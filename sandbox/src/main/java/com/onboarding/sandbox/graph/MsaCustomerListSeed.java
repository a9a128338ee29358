package com.onboarding.sandbox.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The tenant starts with the Word document "List of MSA and Hosted Services Customers.docx" at the root of the
 * IT team site's Documents library (made with Apache POI: a title, a note, and a customer table with a header row
 * Customer / Type / Services / Since and a few customers in alphabetical order). Not recorded as a write.
 */
@jakarta.inject.Singleton
public class MsaCustomerListSeed {

    public static final String PATH = "List of MSA and Hosted Services Customers.docx";

    void seed(@Observes StartupEvent start, GraphStore store, GraphSettings settings) {
        GraphStore.Drive documents = store.drive(store.site(settings.hostname(), settings.teamSitePath(),
                "Geek Girls IT Team Site"), "Documents");
        if (documents.root().child(PATH) == null) {
            store.putContent(documents, documents.root(), PATH, null, document(), null, false);
        }
    }

    static byte[] document() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            titleRun.setText("List of MSA and Hosted Services Customers");
            doc.createParagraph().createRun().setText("Every customer on a managed services agreement (RMM, backup)"
                    + " or hosted services. One row per customer, alphabetical.");
            List<List<String>> rows = List.of(
                    List.of("Customer", "Type", "Services", "Since"),
                    List.of("Acme Dental", "Business", "Tier 2 RMM, Cloud Backup", "March 2023"),
                    List.of("Geek Girls IT", "Business", "Hosted Email, Tier 1 RMM", "January 2015"),
                    List.of("Zeta Law", "Business", "Cloud Backup", "June 2024"));
            XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
                    run.setFontFamily("Calibri");
                    run.setBold(r == 0);
                    run.setText(rows.get(r).get(c));
                }
            }
            doc.createParagraph().createRun().setText("Hosted services customers are marked in the Services column.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
