package com.onboarding.gateway.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An onboarding the gateway started; its id is the DocuSign envelope id. Only changed columns are written: the board
 * summary is refreshed by the projection while the intake or staff change the terms in other transactions.
 */
@Entity
@Table(name = "onboarding")
@DynamicUpdate
public class Onboarding extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "account_name")
    public String accountName;

    /** docusign, or manual (a paper contract entered by staff). */
    @Column(nullable = false)
    public String source;

    @Column(name = "raw_envelope", columnDefinition = "text")
    public String rawEnvelope;

    /** The delivery's bytes exactly as they arrived (Connect deliveries). */
    @Column(name = "raw_body")
    public byte[] rawBody;

    /** The envelope's fields (JSON object), completed by staff when terms were missing. */
    @Column(name = "envelope_fields", columnDefinition = "text")
    public String envelopeFields;

    /** The agreement terms (JSON) once complete. */
    @Column(columnDefinition = "text")
    public String terms;

    /** What is missing or contradictory, one per line. */
    @Column(columnDefinition = "text")
    public String problems;

    @Column(name = "terms_and_conditions_on_file", nullable = false)
    public boolean termsAndConditionsOnFile;

    @Column(name = "contract_signed_at")
    public OffsetDateTime contractSignedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    // The board's summary (BoardSummary keeps it): what the board filters, sorts and pages on in SQL.

    /** The overall status, see {@link OnboardingStatus}. */
    @Column(nullable = false)
    public String status = OnboardingStatus.IN_PROGRESS;

    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Column(name = "customer_kind")
    public String customerKind;

    /** The services signed, as the board names them, comma separated. */
    public String services;

    /** Every contact e-mail of the agreement, lower case, space separated. */
    @Column(columnDefinition = "text")
    public String emails;

    @Column(name = "waiting_for_person", nullable = false)
    public boolean waitingForPerson;

    /** A step needs attention or failed. */
    @Column(name = "needs_attention", nullable = false)
    public boolean needsAttention;

    @Column(nullable = false)
    public boolean summarised;

    /** The terms-derived part of the summary follows the terms whenever the row is written. */
    @PrePersist
    @PreUpdate
    void summariseTerms() {
        BoardSummary.summariseTerms(this);
    }
}
