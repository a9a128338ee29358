package com.onboarding.gateway.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An onboarding the gateway started; its id is the DocuSign envelope id. */
@Entity
@Table(name = "onboarding")
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
}
