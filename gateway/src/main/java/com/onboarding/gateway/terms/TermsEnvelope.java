package com.onboarding.gateway.terms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The T&amp;C envelope of one onboarding whose customer had no signed T&amp;C agreement on file. */
@Entity
@Table(name = "terms_envelope")
public class TermsEnvelope extends PanacheEntityBase {

    public enum Status {
        /** the systems of record are being searched for a signed T&amp;C first ({@link TermsStep}) */
        CHECKING,
        /** none on record and no envelope can be sent (DocuSign not configured, no signer): a person acts */
        NOT_SENT,
        /** to be sent by {@link TermsStep} (it looks up before it creates) */
        TO_SEND,
        /** sent; waiting for DocuSign Connect's envelope-completed */
        SENT,
        COMPLETED,
        /** DocuSign refused it: a person fixes the cause and retries the step */
        REFUSED,
        /** the T&amp;C was recorded on file otherwise (signed on paper) */
        CANCELLED
    }

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "account_name", nullable = false)
    public String accountName;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_email")
    public String signerEmail;

    @Column(name = "envelope_id", unique = true)
    public String envelopeId;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
