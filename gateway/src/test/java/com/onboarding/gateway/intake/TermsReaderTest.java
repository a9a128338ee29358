package com.onboarding.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class TermsReaderTest {

    static final TermsMapping NAMES = new SmallRyeConfigBuilder().withMapping(TermsMapping.class).build()
            .getConfigMapping(TermsMapping.class);

    public static Map<String, String> complete() {
        Map<String, String> fields = new HashMap<>();
        fields.put("AccountName", "Joe's Diner");
        fields.put("CustomerType", "Business");
        fields.put("RmmService", "Tier 2 RMM");
        fields.put("RmmDevices", "Workstation");
        fields.put("RmmMonthlyPrice", "150.00");
        fields.put("BackupService", "Cloud Backup");
        fields.put("BackupMonthlyPrice", "$1,080.50");
        fields.put("SetupFee", "249.50");
        fields.put("Commitment", "Monthly");
        fields.put("ManagedHelpDesk", "Yes");
        fields.put("Platforms", "Both");
        fields.put("ReportRecipients", "Joe Owner <joe@diner.example>; Office <office@diner.example>");
        fields.put("ReminderRecipients", "Staff <staff@diner.example>");
        fields.put("ServiceStart", "2026-12-17");
        return fields;
    }

    @Test
    void complete_terms_are_read_with_exact_money() {
        TermsReader.Result result = TermsReader.read(complete(), NAMES);

        assertThat(result.problems()).isEmpty();
        AgreementTerms terms = result.terms().orElseThrow();
        assertThat(terms.accountName()).isEqualTo("Joe's Diner");
        assertThat(terms.customerKind()).isEqualTo(CustomerKind.BUSINESS);
        assertThat(terms.services()).hasSize(2);
        assertThat(terms.services().get(0).kind()).isEqualTo(ServiceKind.RMM);
        assertThat(terms.services().get(0).deviceKind()).isEqualTo(DeviceKind.WORKSTATION);
        assertThat(terms.services().get(1).monthlyPrice()).isEqualByComparingTo("1080.50");
        assertThat(terms.setupFee()).isEqualByComparingTo("249.50");
        assertThat(terms.commitment()).isEqualTo(Commitment.MONTHLY);
        assertThat(terms.managedServicesWithHelpDesk()).isTrue();
        assertThat(terms.platforms()).isEqualTo(Platforms.BOTH);
        assertThat(terms.reportRecipients()).extracting(c -> c.email()).containsExactly("joe@diner.example", "office@diner.example");
        assertThat(terms.intendedStart()).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void every_missing_or_contradictory_term_is_listed() {
        Map<String, String> fields = complete();
        fields.remove("AccountName");
        fields.put("RmmMonthlyPrice", "one fifty");
        fields.put("Commitment", "Biennial");
        fields.put("GoLiveDate", "2026-12-01");

        TermsReader.Result result = TermsReader.read(fields, NAMES);

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("AccountName is missing"))
                .anySatisfy(p -> assertThat(p).contains("RmmMonthlyPrice 'one fifty'"))
                .anySatisfy(p -> assertThat(p).contains("Commitment 'Biennial'"))
                .anySatisfy(p -> assertThat(p).contains("before"));
    }

    @Test
    void an_agreement_without_any_service_is_refused() {
        Map<String, String> fields = complete();
        fields.remove("RmmService");
        fields.remove("BackupService");
        assertThat(TermsReader.read(fields, NAMES).problems()).anySatisfy(p -> assertThat(p).contains("No service signed"));
    }

    @Test
    void fractions_of_a_cent_are_not_money() {
        Map<String, String> fields = complete();
        fields.put("SetupFee", "249.505");
        assertThat(TermsReader.read(fields, NAMES).problems()).anySatisfy(p -> assertThat(p).contains("SetupFee"));
    }
}
