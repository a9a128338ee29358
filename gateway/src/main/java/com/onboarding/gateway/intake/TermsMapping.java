package com.onboarding.gateway.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which envelope custom field or tab label holds each agreement term (configuration, so the DocuSign template can
 * change without code). Values: see the gateway README.
 */
@ConfigMapping(prefix = "gateway.envelope-fields")
public interface TermsMapping {

    @WithDefault("AccountName")
    String accountName();

    /** Business or Residential. */
    @WithDefault("CustomerType")
    String customerKind();

    /** The RMM service as named in the agreement (empty: no RMM). */
    @WithDefault("RmmService")
    String rmmService();

    /** Workstation or Server. */
    @WithDefault("RmmDevices")
    String rmmDevices();

    @WithDefault("RmmMonthlyPrice")
    String rmmMonthlyPrice();

    /** The backup service as named in the agreement (empty: no backup). */
    @WithDefault("BackupService")
    String backupService();

    @WithDefault("BackupMonthlyPrice")
    String backupMonthlyPrice();

    /**
     * Service lines, any number (the layout for agreements with several lines): the fields of line n are these names
     * with {@code {n}} replaced by 1, 2, 3… Lines may be numbered with gaps, up to {@link #maxServiceLines()}. When an
     * envelope has no line field, the single-line fields above are read instead.
     */
    @WithDefault("Line{n}Service")
    String lineService();

    /** RMM or Backup: which setup puts the line on the contract. */
    @WithDefault("Line{n}Kind")
    String lineKind();

    /** For RMM lines: Workstation or Server. */
    @WithDefault("Line{n}Devices")
    String lineDevices();

    /** Units (devices), a whole number of at least 1. */
    @WithDefault("Line{n}Quantity")
    String lineQuantity();

    /** The signed monthly price of one unit. */
    @WithDefault("Line{n}UnitPrice")
    String lineUnitPrice();

    @WithDefault("20")
    int maxServiceLines();

    @WithDefault("SetupFee")
    String setupFee();

    /** Monthly or Annual. */
    @WithDefault("Commitment")
    String commitment();

    /** Yes when it is a managed services agreement and the customer is on help desk. */
    @WithDefault("ManagedHelpDesk")
    String managedHelpDesk();

    /** Windows, Mac or Both. */
    @WithDefault("Platforms")
    String platforms();

    /** "Name &lt;email&gt;; Name &lt;email&gt;". */
    @WithDefault("ReportRecipients")
    String reportRecipients();

    @WithDefault("ReminderRecipients")
    String reminderRecipients();

    /** yyyy-MM-dd. */
    @WithDefault("ServiceStart")
    String intendedStart();

    /** yyyy-MM-dd, optional. */
    @WithDefault("GoLiveDate")
    String goLiveDate();

    /** The customer's signer, for the T&amp;C envelope; from the envelope's signer in {@link #customerSignerRole()} when absent. */
    @WithDefault("CustomerSignerName")
    String customerSignerName();

    @WithDefault("CustomerSignerEmail")
    String customerSignerEmail();

    /** The role of the customer's signer on the agreement's envelope (else its first signer). */
    @WithDefault("Customer")
    String customerSignerRole();
}
