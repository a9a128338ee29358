package com.onboarding.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.DeviceKind;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLinesTest {

    /** Workstation RMM ×12, server RMM ×2 and backup, each at its own price. */
    static Map<String, String> threeLines() {
        Map<String, String> fields = TermsReaderTest.complete();
        fields.remove("RmmService");
        fields.remove("RmmDevices");
        fields.remove("RmmMonthlyPrice");
        fields.remove("BackupService");
        fields.remove("BackupMonthlyPrice");
        line(fields, 1, "Tier 2 RMM", "RMM", "Workstation", "12", "45.00");
        line(fields, 2, "Server RMM", "RMM", "Server", "2", "$95.50");
        line(fields, 3, "Cloud Backup", "Backup", "", "1", "1,080.50");
        return fields;
    }

    static void line(Map<String, String> fields, int n, String service, String kind, String devices, String quantity,
            String unitPrice) {
        fields.put("Line" + n + "Service", service);
        fields.put("Line" + n + "Kind", kind);
        fields.put("Line" + n + "Devices", devices);
        fields.put("Line" + n + "Quantity", quantity);
        fields.put("Line" + n + "UnitPrice", unitPrice);
    }

    @Test
    void every_line_is_read_with_its_quantity_and_unit_price_in_order() {
        TermsReader.Result result = TermsReader.read(threeLines(), TermsReaderTest.NAMES);

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms().orElseThrow().services()).extracting(SignedService::name, SignedService::kind,
                SignedService::deviceKind, SignedService::quantity, s -> s.monthlyPrice().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tier 2 RMM", ServiceKind.RMM, DeviceKind.WORKSTATION, 12, "45.00"),
                org.assertj.core.groups.Tuple.tuple("Server RMM", ServiceKind.RMM, DeviceKind.SERVER, 2, "95.50"),
                org.assertj.core.groups.Tuple.tuple("Cloud Backup", ServiceKind.BACKUP, null, 1, "1080.50"));
        assertThat(result.terms().orElseThrow().services().get(0).monthlyTotal()).isEqualByComparingTo("540.00");
    }

    @Test
    void lines_may_be_numbered_with_gaps() {
        Map<String, String> fields = threeLines();
        fields.keySet().removeIf(name -> name.startsWith("Line2"));
        line(fields, 7, "Server RMM", "RMM", "Server", "2", "95.50");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).terms().orElseThrow().services())
                .extracting(SignedService::name).containsExactly("Tier 2 RMM", "Cloud Backup", "Server RMM");
    }

    @Test
    void an_incomplete_line_names_each_missing_field() {
        Map<String, String> fields = threeLines();
        fields.remove("Line2Quantity");
        fields.put("Line2Devices", "");
        fields.put("Line3UnitPrice", "");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).problems()).containsExactlyInAnyOrder(
                "Line2Devices is missing", "Line2Quantity is missing", "Line3UnitPrice is missing");
    }

    @Test
    void quantities_are_whole_positive_numbers_and_kinds_are_known() {
        Map<String, String> fields = threeLines();
        fields.put("Line1Quantity", "0");
        fields.put("Line2Quantity", "2.5");
        fields.put("Line3Kind", "Printer care");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).problems())
                .anySatisfy(p -> assertThat(p).startsWith("Line1Quantity '0' is not a whole number"))
                .anySatisfy(p -> assertThat(p).startsWith("Line2Quantity '2.5' is not a whole number"))
                .anySatisfy(p -> assertThat(p).startsWith("Line3Kind 'Printer care' is not one of"));
    }

    @Test
    void devices_on_a_backup_line_are_refused() {
        Map<String, String> fields = threeLines();
        fields.put("Line3Devices", "Server");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).problems())
                .containsExactly("Line3Devices is filled in on a backup line; devices are for RMM lines only");
    }

    @Test
    void both_layouts_at_once_are_refused() {
        Map<String, String> fields = threeLines();
        fields.put("RmmService", "Tier 2 RMM");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).problems())
                .anySatisfy(p -> assertThat(p).startsWith("RmmService is filled in as well as service lines"));
    }

    @Test
    void the_single_line_layout_is_still_read_as_one_unit_each() {
        TermsReader.Result result = TermsReader.read(TermsReaderTest.complete(), TermsReaderTest.NAMES);

        assertThat(result.terms().orElseThrow().services()).extracting(SignedService::quantity).containsExactly(1, 1);
    }

    @Test
    void an_rmm_line_needs_report_recipients() {
        Map<String, String> fields = threeLines();
        fields.remove("ReportRecipients");

        assertThat(TermsReader.read(fields, TermsReaderTest.NAMES).problems())
                .anySatisfy(p -> assertThat(p).contains("RMM reports need at least one recipient"));
    }
}
