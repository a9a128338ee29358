package com.onboarding.documentation.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * The Word document "List of MSA and Hosted Services Customers" (.docx, read and written with Apache POI): its
 * customer table is the first table whose header row has a "Customer" column. A customer is listed when a row's
 * Customer cell equals the name (ignoring case and surrounding spaces); a new row is inserted in alphabetical
 * order with the formatting of an existing row, and every other part of the document is left as it was.
 */
public final class MsaCustomerList {

    private MsaCustomerList() {
    }

    /** The document with the customer's row added, or empty when the customer is already listed. */
    public static Optional<byte[]> withCustomer(byte[] docx, MsaListRow row) {
        try (XWPFDocument document = open(docx)) {
            XWPFTable table = customerTable(document);
            int customerColumn = customerColumn(table.getRow(0));
            int position = table.getNumberOfRows();
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                String name = cellText(table.getRow(i), customerColumn);
                if (same(name, row.customer())) {
                    return Optional.empty();
                }
                if (position == table.getNumberOfRows() && !name.isBlank()
                        && name.compareToIgnoreCase(row.customer()) > 0) {
                    position = i;
                }
            }
            table.addRow(newRow(table, row), position);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return Optional.of(out.toByteArray());
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new MsaListUnreadable("the MSA customer list cannot be edited: " + e.getMessage());
        }
    }

    /** The customer names listed, in document order. */
    public static List<String> customers(byte[] docx) {
        try (XWPFDocument document = open(docx)) {
            XWPFTable table = customerTable(document);
            int column = customerColumn(table.getRow(0));
            List<String> names = new ArrayList<>();
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                String name = cellText(table.getRow(i), column);
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new MsaListUnreadable("the MSA customer list cannot be read: " + e.getMessage());
        }
    }

    private static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException | RuntimeException e) {
            throw new MsaListUnreadable("the MSA customer list is not a Word document (.docx) POI can read: " + e.getMessage());
        }
    }

    private static XWPFTable customerTable(XWPFDocument document) {
        for (XWPFTable table : document.getTables()) {
            if (table.getNumberOfRows() > 0 && customerColumn(table.getRow(0)) >= 0) {
                return table;
            }
        }
        throw new MsaListUnreadable("the MSA customer list has no table with a 'Customer' column in its first row");
    }

    private static int customerColumn(XWPFTableRow header) {
        List<XWPFTableCell> cells = header.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).getText().trim().toLowerCase(Locale.ROOT);
            if (text.startsWith("customer")) {
                return i;
            }
        }
        return -1;
    }

    private static XWPFTableRow newRow(XWPFTable table, MsaListRow row) {
        XWPFTableRow template = table.getRow(table.getNumberOfRows() > 1 ? table.getNumberOfRows() - 1 : 0);
        XWPFTableRow copy = new XWPFTableRow((CTRow) template.getCtRow().copy(), table);
        List<XWPFTableCell> headers = table.getRow(0).getTableCells();
        List<XWPFTableCell> cells = copy.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            String value = i < headers.size() ? row.column(headers.get(i).getText()) : null;
            setText(cells.get(i), value == null ? "" : value);
        }
        return copy;
    }

    /** Replaces a cell's text, keeping the first paragraph's and first run's formatting. */
    private static void setText(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().size() - 1);
        }
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        while (paragraph.getRuns().size() > 1) {
            paragraph.removeRun(paragraph.getRuns().size() - 1);
        }
        XWPFRun run = paragraph.getRuns().isEmpty() ? paragraph.createRun() : paragraph.getRuns().get(0);
        run.setText(text, 0);
        // a copied run may hold more than one text element (e.g. after a tab): keep only the first
        while (run.getCTR().sizeOfTArray() > 1) {
            run.getCTR().removeT(run.getCTR().sizeOfTArray() - 1);
        }
    }

    private static String cellText(XWPFTableRow row, int column) {
        XWPFTableCell cell = row.getCell(column);
        return cell == null ? "" : cell.getText().trim().replaceAll("\\s+", " ");
    }

    private static boolean same(String listed, String customer) {
        return listed.equalsIgnoreCase(customer.trim().replaceAll("\\s+", " "));
    }
}
