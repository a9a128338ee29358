package com.onboarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The kinds of customer the fault run onboards, as the e2e journeys do: what the tenant has before the contract,
 * the signed envelope, and which external effects must each exist exactly once afterwards.
 */
enum FaultRunCustomer {

    /** A new business customer with workstation RMM and backup (T&amp;C recorded in Autotask). */
    BUSINESS_RMM_AND_BACKUP("Fault Bakery", true, true, true),
    /** A residential customer with RMM only: the shared reminder, backup skipped. */
    RESIDENTIAL_RMM("Fault Resident", true, false, true),
    /** An existing help-desk customer (monthly contract, T&amp;C found in DocuSign) adding backup; the apostrophe on purpose. */
    EXISTING_ADDS_BACKUP("Fault Joe's Diner", false, true, false),
    /** A business customer with three service lines, each at its quantity and price; the ampersand on purpose. */
    THREE_LINES("Fault Smith & Sons", true, true, true);

    private final String name;
    private final boolean rmm;
    private final boolean backup;
    private final boolean newContract;

    FaultRunCustomer(String name, boolean rmm, boolean backup, boolean newContract) {
        this.name = name;
        this.rmm = rmm;
        this.backup = backup;
        this.newContract = newContract;
    }

    /** The n-th customer of this kind (names unique in the run: Autotask, SharePoint and IT Glue look them up by name). */
    String customer(int n) {
        return String.format("%s %02d", name, n);
    }

    boolean rmm() {
        return rmm;
    }

    boolean backup() {
        return backup;
    }

    boolean residential() {
        return this == RESIDENTIAL_RMM;
    }

    /** What the MSP's tenant has before the contract; returns the Autotask company (and, for an existing one, its contract). */
    long[] prepare(String customer) {
        return switch (this) {
            case EXISTING_ADDS_BACKUP -> {
                TheTenant.ExistingCustomer existing = TheTenant.hasHelpDeskCustomer(customer);
                TheTenant.signedTermsYearsAgo(signer(customer), email(customer));
                yield new long[] {existing.company(), existing.monthlyContract()};
            }
            default -> new long[] {TheTenant.hasCustomerWithTermsInAutotask(customer), 0};
        };
    }

    SignedEnvelope envelope(String onboarding, String customer, String today) {
        SignedEnvelope envelope = new SignedEnvelope(onboarding).with("AccountName", customer)
                .with("ReportRecipients", signer(customer) + " <" + email(customer) + ">")
                .with("ReminderRecipients", "Front Desk <desk." + email(customer) + ">")
                .with("CustomerSignerName", signer(customer)).with("CustomerSignerEmail", email(customer))
                .with("Commitment", "Monthly").with("ServiceStart", today);
        return switch (this) {
            case BUSINESS_RMM_AND_BACKUP -> envelope.with("CustomerType", "Business")
                    .with("RmmService", "Tier 2 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "150.00")
                    .with("BackupService", "Cloud Backup").with("BackupMonthlyPrice", "89.00")
                    .with("SetupFee", "249.50").with("ManagedHelpDesk", "Yes").with("Platforms", "Both");
            case RESIDENTIAL_RMM -> envelope.with("CustomerType", "Residential")
                    .with("RmmService", "Tier 1 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "35.00")
                    .with("SetupFee", "99.00").with("ManagedHelpDesk", "No").with("Platforms", "Mac");
            case EXISTING_ADDS_BACKUP -> envelope.with("CustomerType", "Business")
                    .with("BackupService", "Cloud Backup").with("BackupMonthlyPrice", "89.00")
                    .with("SetupFee", "49.00").with("ManagedHelpDesk", "No").with("Platforms", "Windows");
            case THREE_LINES -> envelope.with("CustomerType", "Business")
                    .with("Line1Service", "Tier 2 RMM").with("Line1Kind", "RMM").with("Line1Devices", "Workstation")
                    .with("Line1Quantity", "12").with("Line1UnitPrice", "45.00")
                    .with("Line2Service", "Server RMM").with("Line2Kind", "RMM").with("Line2Devices", "Server")
                    .with("Line2Quantity", "2").with("Line2UnitPrice", "95.50")
                    .with("Line3Service", "Cloud Backup").with("Line3Kind", "Backup")
                    .with("Line3Quantity", "1").with("Line3UnitPrice", "180.00")
                    .with("SetupFee", "349.00").with("ManagedHelpDesk", "Yes").with("Platforms", "Windows");
        };
    }

    /**
     * The external effects of one onboarding that must each be in the sandbox's record exactly once; returns a line
     * for each one found more than once (a duplicate) or never (a loss).
     */
    List<String> effectsNotOnce(Writes writes, String customer, long company, long existingContract) {
        List<String> findings = new ArrayList<>();
        Predicate<JsonNode> ofCompany = Writes.field("companyID", company);
        long contract = existingContract;
        if (newContract) {
            List<JsonNode> contracts = writes.all("autotask", "create", "Contracts", ofCompany);
            expectOnce(findings, customer, "Autotask contract", contracts.size());
            contract = contracts.isEmpty() ? -1 : contracts.get(0).path("details").path("id").asLong();
        } else {
            expectCount(findings, customer, "new Autotask contract", writes.all("autotask", "create", "Contracts", ofCompany).size(), 0);
        }
        Predicate<JsonNode> ofContract = Writes.field("contractID", contract);
        expectOnce(findings, customer, "setup fee", writes.all("autotask", "create", "ContractCharges", ofContract).size());
        for (long service : services()) {
            expectOnce(findings, customer, "contract service " + service, writes.all("autotask", "create",
                    "ContractServiceAdjustments", ofContract.and(Writes.field("serviceID", service))).size());
        }
        if (rmm) {
            for (String title : List.of("Schedule Autotask Live Report", "Schedule Datto RMM reports")) {
                expectOnce(findings, customer, title + " ticket", writes.all("autotask", "create", "Tickets",
                        ofCompany.and(Writes.fieldContains("title", title))).size());
            }
            expectOnce(findings, customer, "report folder", writes.all("graph", "create-folder", null,
                    Writes.targetEndsWith(customer)).size());
        }
        if (backup) {
            expectOnce(findings, customer, "backup setup ticket", writes.all("autotask", "create", "Tickets",
                    ofCompany.and(Writes.fieldContains("title", "Backup setup"))).size());
            expectOnce(findings, customer, "IT Glue backup instructions", writes.all("it-glue", "create-document", null,
                    Writes.fieldContains("name", customer)).size());
        }
        if (rmm && !residential()) {
            // a business reminder for workstation RMM only (backup only: reminders.leave-on SKIPPED)
            expectOnce(findings, customer, "Power Automate reminder", writes.all("power-automate", "register", null,
                    Writes.fieldContains("subject", customer.replace("&", "and"))).size());
        }
        return findings;
    }

    private long[] services() {
        return switch (this) {
            case BUSINESS_RMM_AND_BACKUP -> new long[] {102, 201};
            case RESIDENTIAL_RMM -> new long[] {};
            case EXISTING_ADDS_BACKUP -> new long[] {201};
            case THREE_LINES -> new long[] {102, 111, 201};
        };
    }

    private static void expectOnce(List<String> findings, String customer, String effect, int found) {
        expectCount(findings, customer, effect, found, 1);
    }

    private static void expectCount(List<String> findings, String customer, String effect, int found, int expected) {
        if (found != expected) {
            findings.add(customer + ": " + effect + " " + found + " times (expected " + expected + ")");
        }
    }

    private static String signer(String customer) {
        return "Owner of " + customer.replaceAll("[^A-Za-z0-9 ]", "");
    }

    private static String email(String customer) {
        return customer.toLowerCase().replaceAll("[^a-z0-9]", "") + "@faults.example";
    }
}
