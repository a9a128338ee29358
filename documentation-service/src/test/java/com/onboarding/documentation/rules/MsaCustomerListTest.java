package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class MsaCustomerListTest {

    private static final MsaListRow JOES = new MsaListRow("Joe's Diner", "Business", "Tier 2 RMM", "December 2026");

    /** A real .docx as people keep it: a title, a table, a closing note. */
    static byte[] docx(String... customers) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("List of MSA and Hosted Services Customers");
            XWPFTable table = doc.createTable(customers.length + 1, 4);
            List<String> header = List.of("Customer", "Type", "Services", "Since");
            for (int c = 0; c < 4; c++) {
                table.getRow(0).getCell(c).setText(header.get(c));
            }
            for (int r = 0; r < customers.length; r++) {
                table.getRow(r + 1).getCell(0).setText(customers[r]);
                table.getRow(r + 1).getCell(1).setText("Business");
                table.getRow(r + 1).getCell(2).setText("Cloud Backup");
                table.getRow(r + 1).getCell(3).setText("June 2024");
            }
            doc.createParagraph().createRun().setText("Closing note stays.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> rows(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getTables().get(0).getRows().stream()
                    .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
        }
    }

    @Test
    void a_customer_not_listed_gets_one_row_in_alphabetical_order_with_every_column() throws Exception {
        byte[] edited = MsaCustomerList.withCustomer(docx("Acme Dental", "Zeta Law"), JOES).orElseThrow();

        assertThat(rows(edited)).containsExactly(
                List.of("Customer", "Type", "Services", "Since"),
                List.of("Acme Dental", "Business", "Cloud Backup", "June 2024"),
                List.of("Joe's Diner", "Business", "Tier 2 RMM", "December 2026"),
                List.of("Zeta Law", "Business", "Cloud Backup", "June 2024"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(edited))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("List of MSA and Hosted Services Customers");
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getText()).isEqualTo("Closing note stays.");
        }
    }

    @Test
    void a_customer_already_listed_is_never_added_again_whatever_the_case_or_spacing() throws Exception {
        assertThat(MsaCustomerList.withCustomer(docx("Acme Dental", " joe's  DINER "), JOES)).isEmpty();
    }

    @Test
    void adding_to_the_edited_document_again_changes_nothing() throws Exception {
        byte[] once = MsaCustomerList.withCustomer(docx("Acme Dental"), JOES).orElseThrow();

        assertThat(MsaCustomerList.withCustomer(once, JOES)).isEmpty();
        assertThat(MsaCustomerList.customers(once)).containsExactly("Acme Dental", "Joe's Diner");
    }

    @Test
    void a_customer_after_every_listed_one_goes_last_and_an_empty_table_gets_its_first_row() throws Exception {
        assertThat(MsaCustomerList.customers(MsaCustomerList.withCustomer(docx("Acme Dental"), JOES).orElseThrow()))
                .containsExactly("Acme Dental", "Joe's Diner");
        assertThat(MsaCustomerList.customers(MsaCustomerList.withCustomer(docx(), JOES).orElseThrow()))
                .containsExactly("Joe's Diner");
    }

    @Test
    void a_document_without_a_customer_table_or_not_a_docx_is_left_for_a_person() throws Exception {
        byte[] noTable;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Someone replaced the table with a list");
            doc.write(out);
            noTable = out.toByteArray();
        }
        assertThatThrownBy(() -> MsaCustomerList.withCustomer(noTable, JOES)).isInstanceOf(MsaListUnreadable.class)
                .hasMessageContaining("'Customer' column");
        assertThatThrownBy(() -> MsaCustomerList.withCustomer("plain text".getBytes(StandardCharsets.UTF_8), JOES))
                .isInstanceOf(MsaListUnreadable.class).hasMessageContaining(".docx");
    }
}
